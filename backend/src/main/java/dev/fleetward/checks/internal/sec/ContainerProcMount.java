package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * {@code procMount: Unmasked} exposes the host's /proc paths that the runtime normally
 * masks.
 */
public final class ContainerProcMount extends ContainerCheck {

	@Override
	public String id() {
		return "sec-container-proc-mount";
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		String procMount = SecurityContexts.of(container).getProcMount();
		if (procMount == null || "Default".equals(procMount)) {
			judge.pass(workload.ref(), container.getName(),
					where(workload, container) + " uses the default masked /proc.");
		}
		else {
			judge.fail(workload.ref(), container.getName(),
					where(workload, container) + " sets procMount: " + procMount + ", unmasking /proc.",
					Map.of("procMount", procMount));
		}
	}

}
