package dev.fleetward.checks.internal.ha;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * Without a readiness probe a container gets traffic as soon as it starts, and keeps
 * getting it while it cannot serve. Init containers and run-to-completion workloads
 * (Jobs, CronJobs, pods that do not restart) are not judged: probes do not apply to them.
 */
public final class ReadinessProbe extends ContainerCheck {

	@Override
	public String id() {
		return "ha-readiness-probe";
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
		if (container.getReadinessProbe() != null) {
			judge.pass(workload.ref(), container.getName(), where(workload, container) + " has a readinessProbe.");
		}
		else {
			judge.fail(workload.ref(), container.getName(), where(workload, container) + " has no readinessProbe.",
					Map.of());
		}
	}

}
