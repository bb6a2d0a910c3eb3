package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1SeccompProfile;

/**
 * Without a seccomp profile a container runs Unconfined (the kubelet's default), with
 * every syscall open to it. RuntimeDefault or a Localhost profile, on the container or
 * the pod, is required; the container's setting wins.
 */
public final class ContainerSeccomp extends ContainerCheck {

	@Override
	public String id() {
		return "sec-container-seccomp";
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		V1SeccompProfile profile = SecurityContexts.of(container).getSeccompProfile();
		String origin = "container";
		if (profile == null) {
			profile = SecurityContexts.of(workload).getSeccompProfile();
			origin = "pod";
		}
		String type = (profile != null) ? profile.getType() : null;
		if ("RuntimeDefault".equals(type) || "Localhost".equals(type)) {
			judge.pass(workload.ref(), container.getName(),
					where(workload, container) + " runs with seccomp profile " + type + " (set on the " + origin + ").",
					Map.of("seccompProfile", type));
		}
		else {
			judge.fail(workload.ref(), container.getName(), where(workload, container) + " runs without seccomp ("
					+ ((type != null) ? "profile " + type : "no seccompProfile") + "); set type RuntimeDefault.",
					Map.of("seccompProfile", String.valueOf(type)));
		}
	}

}
