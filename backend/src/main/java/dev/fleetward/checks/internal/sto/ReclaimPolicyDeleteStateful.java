package dev.fleetward.checks.internal.sto;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1ObjectReference;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1StatefulSet;

/**
 * Context: a StatefulSet's volume with reclaim policy Delete is destroyed as soon as its
 * claim is deleted (by hand, or by the set's PVC retention policy). StatefulSet claims
 * are recognised by the name {@code <template>-<set>-<ordinal>}.
 */
public final class ReclaimPolicyDeleteStateful implements Check {

	@Override
	public String id() {
		return "sto-reclaim-policy-delete-stateful";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.PERSISTENT_VOLUMES, ResourceKind.STATEFUL_SETS);
	}

	@Override
	public void evaluate(Judge judge) {
		// "namespace/<template>-<set>-" → the StatefulSet, built once.
		Map<String, String> prefixes = new HashMap<>();
		for (V1StatefulSet set : judge.snapshot().list(ResourceKind.STATEFUL_SETS, V1StatefulSet.class)) {
			for (V1PersistentVolumeClaim template : Storage.claimTemplates(set)) {
				prefixes.put(
						Storage.key(set.getMetadata().getNamespace(),
								template.getMetadata().getName() + "-" + set.getMetadata().getName() + "-"),
						set.getMetadata().getName());
			}
		}
		for (V1PersistentVolume pv : judge.snapshot().list(ResourceKind.PERSISTENT_VOLUMES, V1PersistentVolume.class)) {
			V1ObjectReference claim = (pv.getSpec() != null) ? pv.getSpec().getClaimRef() : null;
			if (claim == null || claim.getName() == null) {
				continue;
			}
			String name = claim.getName();
			int dash = name.lastIndexOf('-');
			String set = (dash > 0 && name.substring(dash + 1).matches("\\d+"))
					? prefixes.get(Storage.key(claim.getNamespace(), name.substring(0, dash + 1))) : null;
			if (set == null) {
				continue;
			}
			ObjectRef ref = new ObjectRef("PersistentVolume", "", pv.getMetadata().getName());
			String policy = (pv.getSpec().getPersistentVolumeReclaimPolicy() != null)
					? pv.getSpec().getPersistentVolumeReclaimPolicy() : "Retain";
			Map<String, String> evidence = Map.of("claim", claim.getNamespace() + "/" + name, "statefulSet", set,
					"reclaimPolicy", policy);
			if ("Delete".equals(policy)) {
				judge.fail(ref, "",
						"PersistentVolume " + ref.name() + " of StatefulSet " + set
								+ " has reclaim policy Delete: deleting claim " + name + " deletes the data.",
						evidence);
			}
			else {
				judge.pass(ref, "", "PersistentVolume " + ref.name() + " of StatefulSet " + set
						+ " is kept when its claim is deleted (" + policy + ").", evidence);
			}
		}
	}

}
