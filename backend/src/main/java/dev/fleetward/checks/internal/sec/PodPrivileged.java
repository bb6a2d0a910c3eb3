package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * A privileged container (init containers included) has full access to the node: root on
 * the host.
 */
public final class PodPrivileged extends WorkloadCheck {

	@Override
	public String id() {
		return "sec-pod-privileged";
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		List<String> privileged = workload.allContainers()
			.stream()
			.filter((c) -> Boolean.TRUE.equals(SecurityContexts.of(c).getPrivileged()))
			.map(V1Container::getName)
			.toList();
		if (privileged.isEmpty()) {
			judge.pass(workload.ref(), "", workload.describe() + " runs no privileged container.");
		}
		else {
			judge.fail(workload.ref(), "",
					workload.describe() + " runs privileged containers " + privileged
							+ ", which amounts to root access to the node.",
					Map.of("containers", String.join(",", privileged)));
		}
	}

}
