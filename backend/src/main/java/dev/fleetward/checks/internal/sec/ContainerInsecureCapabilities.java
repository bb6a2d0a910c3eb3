package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * Container runtimes grant a default set of capabilities (NET_RAW allows spoofing,
 * SETUID/SETGID help escalation...). A container should drop ALL (or every default) and
 * add back nothing beyond NET_BIND_SERVICE, as the restricted Pod Security Standard asks.
 */
public final class ContainerInsecureCapabilities extends ContainerCheck {

	/** The default capabilities of containerd and CRI-O. */
	static final Set<String> RUNTIME_DEFAULTS = Set.of("CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW",
			"SETGID", "SETUID", "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE");

	/**
	 * The defaults in the order messages list them, sorted once rather than per
	 * container.
	 */
	private static final List<String> SORTED_DEFAULTS = RUNTIME_DEFAULTS.stream().sorted().toList();

	@Override
	public String id() {
		return "sec-container-insecure-capabilities";
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		List<String> added = SecurityContexts.added(container)
			.stream()
			.filter((c) -> !c.equals("NET_BIND_SERVICE"))
			.toList();
		List<String> dropped = SecurityContexts.dropped(container);
		// Most containers drop nothing and keep all defaults: no filtering for them.
		List<String> kept = dropped.isEmpty() ? SORTED_DEFAULTS
				: SORTED_DEFAULTS.stream().filter((c) -> !dropped.contains(c)).toList();
		if (!added.isEmpty()) {
			judge.fail(workload.ref(), container.getName(), where(workload, container) + " adds capabilities " + added
					+ "; only NET_BIND_SERVICE may be added back.", Map.of("added", String.join(",", added)));
		}
		else if (dropped.contains("ALL") || kept.isEmpty()) {
			judge.pass(workload.ref(), container.getName(), where(workload, container) + " drops all capabilities.");
		}
		else {
			judge.fail(
					workload.ref(), container.getName(), where(workload, container)
							+ " keeps the runtime's default capabilities " + kept + "; add capabilities.drop: [ALL].",
					Map.of("kept", String.join(",", kept)));
		}
	}

}
