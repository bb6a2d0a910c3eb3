package dev.fleetward.checks.internal.ha;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;

/**
 * Without a PodDisruptionBudget, a node drain may evict every replica of a Deployment or
 * StatefulSet at once.
 */
public final class PdbPresent extends WorkloadCheck {

	@Override
	public String id() {
		return "ha-pdb-present";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.POD_DISRUPTION_BUDGETS);
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return ("Deployment".equals(workload.kind()) || "StatefulSet".equals(workload.kind()))
				&& workload.effectiveReplicas() > 0;
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		List<String> budgets = judge.workloads()
			.budgetsOf(workload)
			.stream()
			.map((V1PodDisruptionBudget pdb) -> pdb.getMetadata().getName())
			.toList();
		if (budgets.isEmpty()) {
			judge.fail(workload.ref(), "",
					workload.describe()
							+ " has no PodDisruptionBudget selecting its pods: a drain may evict all of them at once.",
					Map.of("podLabels", String.valueOf(workload.podLabels())));
		}
		else {
			judge.pass(workload.ref(), "", workload.describe() + " is covered by PodDisruptionBudget " + budgets + ".",
					Map.of("budgets", String.join(",", budgets)));
		}
	}

}
