package dev.fleetward.checks.internal.sto;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;

/**
 * A Lost claim's volume is gone: pods that mount it cannot start and its data is at risk.
 */
public final class PvcLost implements Check {

	@Override
	public String id() {
		return "sto-pvc-lost";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.PERSISTENT_VOLUME_CLAIMS);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1PersistentVolumeClaim pvc : judge.snapshot()
			.list(ResourceKind.PERSISTENT_VOLUME_CLAIMS, V1PersistentVolumeClaim.class)) {
			ObjectRef ref = Storage.ref("PersistentVolumeClaim", pvc.getMetadata());
			String phase = Storage.phase(pvc);
			String volume = (pvc.getSpec() != null && pvc.getSpec().getVolumeName() != null)
					? pvc.getSpec().getVolumeName() : "";
			if (phase == null) {
				judge.notApplicable(ref, "", "PersistentVolumeClaim " + ref.name() + " has no status (a manifest).");
			}
			else if ("Lost".equals(phase)) {
				judge.fail(ref, "",
						"PersistentVolumeClaim " + ref.name() + " is Lost: its volume " + volume + " no longer exists.",
						Map.of("phase", phase, "volumeName", volume));
			}
			else {
				judge.pass(ref, "", "PersistentVolumeClaim " + ref.name() + " is " + phase + ".",
						Map.of("phase", phase));
			}
		}
	}

}
