package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/** An autoscaler whose maxReplicas is not above minReplicas cannot scale out at all. */
public final class HpaMaxReplicas implements Check {

	@Override
	public String id() {
		return "ha-hpa-max-replicas";
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
			Integer declaredMin = (hpa.getSpec() != null) ? hpa.getSpec().getMinReplicas() : null;
			int min = (declaredMin != null) ? declaredMin : 1;
			Integer max = (hpa.getSpec() != null) ? hpa.getSpec().getMaxReplicas() : null;
			Map<String, String> evidence = Map.of("minReplicas", String.valueOf(min), "maxReplicas",
					String.valueOf(max));
			String what = "HorizontalPodAutoscaler " + ref.name();
			if (max == null || max <= min) {
				judge.fail(ref, "",
						what + " cannot scale out: maxReplicas " + max + " is not above minReplicas " + min + ".",
						evidence);
			}
			else {
				judge.pass(ref, "", what + " can scale from " + min + " to " + max + " replicas.", evidence);
			}
		}
	}

}
