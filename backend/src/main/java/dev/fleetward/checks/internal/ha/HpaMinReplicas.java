package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * An autoscaler allowed to scale down to one replica removes the redundancy when load is
 * low.
 */
public final class HpaMinReplicas implements Check {

	@Override
	public String id() {
		return "ha-hpa-min-replicas";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.HORIZONTAL_POD_AUTOSCALERS);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V2HorizontalPodAutoscaler hpa : judge.snapshot()
			.list(ResourceKind.HORIZONTAL_POD_AUTOSCALERS, V2HorizontalPodAutoscaler.class)) {
			ObjectRef ref = new ObjectRef("HorizontalPodAutoscaler", hpa.getMetadata().getNamespace(),
					hpa.getMetadata().getName());
			Integer declared = (hpa.getSpec() != null) ? hpa.getSpec().getMinReplicas() : null;
			int min = (declared != null) ? declared : 1;
			String what = "HorizontalPodAutoscaler " + ref.name();
			if (min < 2) {
				judge.fail(ref, "",
						what + " may scale down to " + min + " replica"
								+ ((declared == null) ? " (minReplicas not set, defaults to 1)" : "") + ".",
						Map.of("minReplicas", String.valueOf(min)));
			}
			else {
				judge.pass(ref, "", what + " keeps at least " + min + " replicas.",
						Map.of("minReplicas", String.valueOf(min)));
			}
		}
	}

}
