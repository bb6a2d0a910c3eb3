package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudgetStatus;

/**
 * A budget that allows no disruption at all ({@code maxUnavailable: 0},
 * {@code minAvailable: 100%}, or healthy pods with {@code disruptionsAllowed: 0}) blocks
 * every node drain and cluster upgrade until someone deletes it.
 */
public final class PdbBlocksEviction implements Check {

	@Override
	public String id() {
		return "ha-pdb-blocks-eviction";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.POD_DISRUPTION_BUDGETS);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1PodDisruptionBudget pdb : judge.snapshot()
			.list(ResourceKind.POD_DISRUPTION_BUDGETS, V1PodDisruptionBudget.class)) {
			ObjectRef ref = new ObjectRef("PodDisruptionBudget", pdb.getMetadata().getNamespace(),
					pdb.getMetadata().getName());
			String what = "PodDisruptionBudget " + ref.name();
			String reason = blockingSetting(pdb);
			V1PodDisruptionBudgetStatus status = pdb.getStatus();
			if (reason == null && status != null && status.getExpectedPods() != null && status.getExpectedPods() > 0
					&& status.getDisruptionsAllowed() == 0
					&& status.getCurrentHealthy().equals(status.getDesiredHealthy())) {
				reason = "all " + status.getCurrentHealthy() + " pods are healthy yet disruptionsAllowed is 0";
			}
			if (reason != null) {
				judge.fail(ref, "", what + " blocks every eviction: " + reason + ".", Map.of("reason", reason));
			}
			else {
				judge.pass(ref, "", what + " allows voluntary disruptions.");
			}
		}
	}

	private static String blockingSetting(V1PodDisruptionBudget pdb) {
		if (pdb.getSpec() == null) {
			return null;
		}
		IntOrString max = pdb.getSpec().getMaxUnavailable();
		if (max != null && (max.isInteger() ? max.getIntValue() == 0 : percent(max.getStrValue()) == 0)) {
			return "maxUnavailable is " + max;
		}
		IntOrString min = pdb.getSpec().getMinAvailable();
		if (min != null && !min.isInteger() && percent(min.getStrValue()) >= 100) {
			return "minAvailable is " + min.getStrValue();
		}
		return null;
	}

	static int percent(String value) {
		try {
			return Integer.parseInt(value.trim().replace("%", ""));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
