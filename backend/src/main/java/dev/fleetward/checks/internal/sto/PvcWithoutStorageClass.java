package dev.fleetward.checks.internal.sto;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;

/**
 * A claim without a class (none named and no default, or {@code storageClassName: ""})
 * binds only to a pre-created volume without a class. With no such volume available it
 * waits forever. Bound claims and claims that name a class are fine.
 */
public final class PvcWithoutStorageClass implements Check {

	@Override
	public String id() {
		return "sto-pvc-without-storageclass";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.PERSISTENT_VOLUME_CLAIMS, ResourceKind.PERSISTENT_VOLUMES,
				ResourceKind.STORAGE_CLASSES);
	}

	@Override
	public void evaluate(Judge judge) {
		List<V1PersistentVolume> volumes = judge.snapshot()
			.list(ResourceKind.PERSISTENT_VOLUMES, V1PersistentVolume.class);
		for (V1PersistentVolumeClaim pvc : judge.snapshot()
			.list(ResourceKind.PERSISTENT_VOLUME_CLAIMS, V1PersistentVolumeClaim.class)) {
			ObjectRef ref = Storage.ref("PersistentVolumeClaim", pvc.getMetadata());
			String what = "PersistentVolumeClaim " + ref.name();
			String named = (pvc.getSpec() != null) ? pvc.getSpec().getStorageClassName() : null;
			if ("Bound".equals(Storage.phase(pvc))) {
				judge.pass(ref, "", what + " is Bound.");
			}
			else if (named != null && !named.isEmpty()) {
				judge.pass(ref, "", what + " uses StorageClass " + named + ".", Map.of("storageClass", named));
			}
			else if (named == null && StorageClasses.of(judge.snapshot(), pvc).isPresent()) {
				judge.pass(ref, "", what + " gets the default StorageClass.");
			}
			else if (volumes.stream().anyMatch((pv) -> StaticBinding.fits(pv, pvc))) {
				judge.pass(ref, "", what + " has no class but a pre-created volume fits it.");
			}
			else {
				judge.fail(ref, "",
						what + " has no StorageClass"
								+ ((named == null) ? " and there is no default class" : " (storageClassName: \"\")")
								+ ", and no pre-created volume without a class fits it: it cannot be bound.",
						Map.of("storageClassName", String.valueOf(named)));
			}
		}
	}

}
