package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.function.Function;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Probe;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;

/**
 * A container declares a probe of one kind. Init containers and run-to-completion
 * workloads (Jobs, CronJobs, pods that do not restart) are not judged: probes do not
 * apply to them.
 */
abstract class ProbeCheck extends ContainerCheck {

	private final String field;

	private final Function<V1Container, V1Probe> probe;

	ProbeCheck(String field, Function<V1Container, V1Probe> probe) {
		this.field = field;
		this.probe = probe;
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
		if (this.probe.apply(container) != null) {
			judge.pass(workload.ref(), container.getName(), where(workload, container) + " has a " + this.field + ".");
		}
		else {
			judge.fail(workload.ref(), container.getName(), where(workload, container) + " has no " + this.field + ".",
					Map.of());
		}
	}

}
