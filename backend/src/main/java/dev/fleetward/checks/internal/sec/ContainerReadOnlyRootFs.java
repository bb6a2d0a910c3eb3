package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * A read-only root filesystem stops an intruder from changing binaries or dropping tools.
 */
public final class ContainerReadOnlyRootFs extends ContainerCheck {

	@Override
	public String id() {
		return "sec-container-readonly-rootfs";
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		if (Boolean.TRUE.equals(SecurityContexts.of(container).getReadOnlyRootFilesystem())) {
			judge.pass(workload.ref(), container.getName(),
					where(workload, container) + " has a read-only root filesystem.");
		}
		else {
			judge.fail(workload.ref(), container.getName(), where(workload, container)
					+ " can write to its root filesystem (readOnlyRootFilesystem is not true).", Map.of());
		}
	}

}
