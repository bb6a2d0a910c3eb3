package dev.fleetward.checks.internal;

import io.kubernetes.client.openapi.models.V1Container;

/**
 * A check judged once per container of each workload; the container name is the result's
 * detail. Init containers are included unless a subclass says otherwise: they run with
 * the same privileges and resources as the pod.
 */
public abstract class ContainerCheck extends WorkloadCheck {

	protected boolean includeInitContainers() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		for (V1Container container : includeInitContainers() ? workload.allContainers() : workload.containers()) {
			evaluate(workload, container, judge);
		}
	}

	protected abstract void evaluate(Workload workload, V1Container container, Judge judge);

	/** "container web of Deployment shop/web", for messages. */
	protected static String where(Workload workload, V1Container container) {
		return (workload.isInitContainer(container) ? "init container " : "container ") + container.getName() + " of "
				+ workload.describe();
	}

}
