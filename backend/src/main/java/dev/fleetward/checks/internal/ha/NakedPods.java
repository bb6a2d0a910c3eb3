package dev.fleetward.checks.internal.ha;

import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;

/**
 * A pod without an owner is not recreated when its node fails or it is evicted. Mirror
 * (static) pods are owned by their node's kubelet. A pod whose owner is simply not in the
 * snapshot (an operator's custom resource) is managed, so it passes.
 */
public final class NakedPods extends WorkloadCheck {

	@Override
	public String id() {
		return "ha-naked-pods";
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return "Pod".equals(workload.kind());
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		var meta = workload.metadata();
		if (meta.getAnnotations() != null && meta.getAnnotations().containsKey("kubernetes.io/config.mirror")) {
			judge.notApplicable(workload.ref(), "",
					workload.describe() + " is a static (mirror) pod run by its kubelet.");
		}
		else if (meta.getOwnerReferences() != null && !meta.getOwnerReferences().isEmpty()) {
			var owner = meta.getOwnerReferences().get(0);
			judge.pass(workload.ref(), "",
					workload.describe() + " is owned by " + owner.getKind() + " " + owner.getName() + ".",
					Map.of("owner", owner.getKind() + "/" + owner.getName()));
		}
		else {
			judge.fail(workload.ref(), "", workload.describe()
					+ " has no owner: nothing recreates it if its node fails. Run it through a Deployment, StatefulSet or Job.",
					Map.of());
		}
	}

}
