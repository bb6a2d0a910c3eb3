package dev.fleetward.checks.internal.ha;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * Without a liveness probe a hung container is never restarted. Init containers and
 * run-to-completion workloads (Jobs, CronJobs, pods that do not restart) are not judged:
 * probes do not apply to them.
 */
public final class LivenessProbe extends ContainerCheck {

	@Override
	public String id() {
		return "ha-liveness-probe";
	}

	@Override
	protected boolean includeInitContainers() {
		return false;
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return !workload.batch();
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		if (container.getLivenessProbe() != null) {
			judge.pass(workload.ref(), container.getName(), where(workload, container) + " has a livenessProbe.");
		}
		else {
			judge.fail(workload.ref(), container.getName(), where(workload, container) + " has no livenessProbe.",
					Map.of());
		}
	}

}
