package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * A container must not be able to run as root: {@code runAsNonRoot: true} or a non-zero
 * {@code runAsUser}, on the container or inherited from the pod.
 */
public final class ContainerRunAsRoot extends ContainerCheck {

	@Override
	public String id() {
		return "sec-container-run-as-root";
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		Boolean nonRoot = SecurityContexts.of(container).getRunAsNonRoot();
		if (nonRoot == null) {
			nonRoot = SecurityContexts.of(workload).getRunAsNonRoot();
		}
		Long user = SecurityContexts.of(container).getRunAsUser();
		if (user == null) {
			user = SecurityContexts.of(workload).getRunAsUser();
		}
		if (user != null && user == 0) {
			judge.fail(workload.ref(), container.getName(), where(workload, container) + " runs as UID 0 (root).",
					Map.of("runAsUser", "0"));
		}
		else if ((user != null && user > 0) || Boolean.TRUE.equals(nonRoot)) {
			judge.pass(workload.ref(), container.getName(), where(workload, container) + " cannot run as root.");
		}
		else {
			judge.fail(workload.ref(), container.getName(),
					where(workload, container)
							+ " may run as root: neither runAsNonRoot: true nor a non-zero runAsUser is set.",
					Map.of());
		}
	}

}
