package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * When the budget's minAvailable is above the autoscaler's minReplicas, a workload scaled
 * down to its minimum can never be evicted: drains hang. A percentage is taken of
 * minReplicas, rounded up as the disruption controller does.
 */
public final class PdbVsHpa extends WorkloadCheck {

	@Override
	public String id() {
		return "ha-pdb-vs-hpa";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.POD_DISRUPTION_BUDGETS, ResourceKind.HORIZONTAL_POD_AUTOSCALERS);
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		Optional<V2HorizontalPodAutoscaler> hpa = judge.workloads().autoscalerOf(workload);
		if (hpa.isEmpty() || hpa.get().getSpec() == null) {
			judge.pass(workload.ref(), "", workload.describe() + " has no autoscaler a budget could conflict with.");
			return;
		}
		boolean judged = false;
		int minReplicas = (hpa.get().getSpec().getMinReplicas() != null) ? hpa.get().getSpec().getMinReplicas() : 1;
		for (V1PodDisruptionBudget pdb : judge.workloads().budgetsOf(workload)) {
			IntOrString minAvailable = pdb.getSpec().getMinAvailable();
			if (minAvailable == null) {
				continue;
			}
			int required = minAvailable.isInteger() ? minAvailable.getIntValue()
					: (int) Math.ceil(PdbBlocksEviction.percent(minAvailable.getStrValue()) * minReplicas / 100.0);
			Map<String, String> evidence = Map.of("pdb", pdb.getMetadata().getName(), "minAvailable",
					minAvailable.toString(), "hpaMinReplicas", String.valueOf(minReplicas));
			String detail = pdb.getMetadata().getName();
			judged = true;
			if (required > minReplicas) {
				judge.fail(workload.ref(), detail,
						workload.describe() + ": PodDisruptionBudget " + detail + " requires " + required
								+ " available pods but the autoscaler may scale down to " + minReplicas
								+ ", so no pod can then be evicted.",
						evidence);
			}
			else {
				judge.pass(workload.ref(), detail, workload.describe() + ": PodDisruptionBudget " + detail
						+ " fits the autoscaler's minimum of " + minReplicas + ".", evidence);
			}
		}
		if (!judged) {
			judge.pass(workload.ref(), "", workload.describe() + " has no PodDisruptionBudget with minAvailable.");
		}
	}

}
