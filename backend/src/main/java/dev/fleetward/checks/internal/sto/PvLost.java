package dev.fleetward.checks.internal.sto;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PersistentVolume;

/**
 * A Failed PersistentVolume could not be reclaimed (deleted or recycled) and needs a
 * person. "Lost" is not a PV phase in the API but is accepted for tools that report it.
 */
public final class PvLost implements Check {

	@Override
	public String id() {
		return "sto-pv-lost";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.PERSISTENT_VOLUMES);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1PersistentVolume pv : judge.snapshot().list(ResourceKind.PERSISTENT_VOLUMES, V1PersistentVolume.class)) {
			ObjectRef ref = new ObjectRef("PersistentVolume", "", pv.getMetadata().getName());
			String phase = (pv.getStatus() != null) ? pv.getStatus().getPhase() : null;
			if (phase == null) {
				judge.notApplicable(ref, "", "PersistentVolume " + ref.name() + " has no status (a manifest).");
			}
			else if ("Failed".equals(phase) || "Lost".equals(phase)) {
				String reason = (pv.getStatus().getMessage() != null) ? pv.getStatus().getMessage() : "";
				judge.fail(ref, "", "PersistentVolume " + ref.name() + " is " + phase
						+ (reason.isEmpty() ? "" : ": " + reason) + ".", Map.of("phase", phase));
			}
			else {
				judge.pass(ref, "", "PersistentVolume " + ref.name() + " is " + phase + ".", Map.of("phase", phase));
			}
		}
	}

}
