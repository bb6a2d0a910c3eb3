package dev.fleetward.checks.internal.sto;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PersistentVolume;

/**
 * Volumes nobody claims still cost money and may hold old data: Available ones were never
 * claimed, Released ones with reclaim policy Retain outlived their claim and are never
 * bound again until an administrator cleans them up.
 */
public final class PvOrphaned implements Check {

	@Override
	public String id() {
		return "sto-pv-orphaned";
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
			String policy = (pv.getSpec() != null && pv.getSpec().getPersistentVolumeReclaimPolicy() != null)
					? pv.getSpec().getPersistentVolumeReclaimPolicy() : "Retain";
			Map<String, String> evidence = Map.of("phase", String.valueOf(phase), "reclaimPolicy", policy);
			String what = "PersistentVolume " + ref.name();
			if (phase == null) {
				judge.notApplicable(ref, "", what + " has no status (a manifest).");
			}
			else if ("Available".equals(phase)) {
				judge.fail(ref, "", what + " is Available: no claim has ever bound it.", evidence);
			}
			else if ("Released".equals(phase) && "Retain".equals(policy)) {
				judge.fail(ref, "", what + " is Released with reclaim policy Retain: its claim is gone and the "
						+ "volume (and its data) stays until removed by hand.", evidence);
			}
			else if ("Released".equals(phase)) {
				// Delete/Recycle: the volume is being reclaimed; a stuck reclaim turns
				// Failed.
				judge.notApplicable(ref, "", what + " is Released and being reclaimed (" + policy + ").");
			}
			else {
				judge.pass(ref, "", what + " is " + phase + ".", evidence);
			}
		}
	}

}
