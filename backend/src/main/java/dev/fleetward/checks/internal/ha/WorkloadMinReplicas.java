package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * A Deployment or StatefulSet with one replica is down during every node drain, rollout
 * or crash. An autoscaler with {@code minReplicas >= 2} owns the count instead.
 */
public final class WorkloadMinReplicas extends WorkloadCheck {

	@Override
	public String id() {
		return "ha-workload-min-replicas";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.HORIZONTAL_POD_AUTOSCALERS);
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return "Deployment".equals(workload.kind()) || "StatefulSet".equals(workload.kind());
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		int replicas = workload.effectiveReplicas();
		Optional<V2HorizontalPodAutoscaler> hpa = judge.workloads().autoscalerOf(workload);
		Integer hpaMin = hpa.map((h) -> (h.getSpec().getMinReplicas() != null) ? h.getSpec().getMinReplicas() : 1)
			.orElse(null);
		Map<String, String> evidence = Map.of("replicas", String.valueOf(replicas));
		if (hpaMin != null && hpaMin >= 2) {
			judge.pass(
					workload.ref(), "", workload.describe() + " is scaled by HorizontalPodAutoscaler "
							+ hpa.get().getMetadata().getName() + " with minReplicas " + hpaMin + ".",
					Map.of("hpaMinReplicas", String.valueOf(hpaMin)));
		}
		else if (replicas == 0) {
			judge.fail(Severity.INFO, workload.ref(), "", workload.describe() + " is scaled to zero.", evidence);
		}
		else if (replicas < 2) {
			judge.fail(workload.ref(), "",
					workload.describe() + " runs a single replica"
							+ ((workload.replicas() == null) ? " (spec.replicas not set, defaults to 1)" : "")
							+ ": it is down whenever that pod is evicted, rescheduled or crashes.",
					evidence);
		}
		else {
			judge.pass(workload.ref(), "", workload.describe() + " runs " + replicas + " replicas.", evidence);
		}
	}

}
