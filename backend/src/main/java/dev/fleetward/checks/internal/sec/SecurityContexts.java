package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Locale;

import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1SecurityContext;

/** Reading effective security settings: a container's setting overrides the pod's. */
final class SecurityContexts {

	private SecurityContexts() {
	}

	static V1SecurityContext of(V1Container container) {
		return (container.getSecurityContext() != null) ? container.getSecurityContext() : new V1SecurityContext();
	}

	static V1PodSecurityContext of(Workload workload) {
		return (workload.podSpec().getSecurityContext() != null) ? workload.podSpec().getSecurityContext()
				: new V1PodSecurityContext();
	}

	static List<String> added(V1Container container) {
		V1Capabilities caps = of(container).getCapabilities();
		return normalise((caps != null) ? caps.getAdd() : null);
	}

	static List<String> dropped(V1Container container) {
		V1Capabilities caps = of(container).getCapabilities();
		return normalise((caps != null) ? caps.getDrop() : null);
	}

	/** Capability names are case-insensitive and may carry the CAP_ prefix. */
	private static List<String> normalise(List<String> names) {
		if (names == null) {
			return List.of();
		}
		return names.stream()
			.filter((n) -> n != null)
			.map((n) -> n.trim().toUpperCase(Locale.ROOT))
			.map((n) -> n.startsWith("CAP_") ? n.substring(4) : n)
			.toList();
	}

}
