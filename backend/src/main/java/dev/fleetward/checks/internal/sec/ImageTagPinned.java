package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * An image without a tag means {@code :latest}: which code runs changes under you, and a
 * rollback cannot name what ran before. A digest pins exactly.
 */
public final class ImageTagPinned extends ContainerCheck {

	@Override
	public String id() {
		return "sec-image-tag-pinned";
	}

	/**
	 * The tag of an image reference, empty when none; a digest-pinned image returns
	 * "@digest".
	 */
	static String tag(String image) {
		if (image.contains("@")) {
			return "@digest";
		}
		int slash = image.lastIndexOf('/');
		int colon = image.lastIndexOf(':');
		return (colon > slash) ? image.substring(colon + 1) : "";
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		String image = (container.getImage() != null) ? container.getImage().trim() : "";
		String tag = tag(image);
		if (tag.isEmpty() || tag.equalsIgnoreCase("latest")) {
			judge.fail(workload.ref(), container.getName(),
					where(workload, container) + " uses image " + image
							+ (tag.isEmpty() ? " without a tag (means latest)" : " with tag latest")
							+ "; pin a version or digest.",
					Map.of("image", image));
		}
		else {
			judge.pass(workload.ref(), container.getName(), where(workload, container) + " pins image " + image + ".",
					Map.of("image", image));
		}
	}

}
