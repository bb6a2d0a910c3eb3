package dev.fleetward.checks.internal.sto;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;

/**
 * A Bound claim that no pod mounts and no workload refers to holds a volume (and its
 * cost) for nothing. Claims a StatefulSet keeps after scaling down are reported too: the
 * data is kept on purpose, but someone should decide.
 */
public final class PvcUnused implements Check {

	@Override
	public String id() {
		return "sto-pvc-unused";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.PERSISTENT_VOLUME_CLAIMS);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		List<V1PersistentVolumeClaim> claims = judge.snapshot()
			.list(ResourceKind.PERSISTENT_VOLUME_CLAIMS, V1PersistentVolumeClaim.class);
		Set<String> inUse = claims.isEmpty() ? Set.of() : Storage.claimsInUse(judge);
		for (V1PersistentVolumeClaim pvc : claims) {
			ObjectRef ref = Storage.ref("PersistentVolumeClaim", pvc.getMetadata());
			String what = "PersistentVolumeClaim " + ref.name();
			if (!"Bound".equals(Storage.phase(pvc))) {
				judge.notApplicable(ref, "", what + " is not Bound: it holds no volume yet.");
			}
			else if (inUse.contains(Storage.key(ref.namespace(), ref.name()))) {
				judge.pass(ref, "", what + " is mounted or referred to by a workload.");
			}
			else {
				judge.fail(ref, "", what + " is Bound but no pod mounts it and no workload refers to it.",
						java.util.Map.of("volumeName", (pvc.getSpec() != null && pvc.getSpec().getVolumeName() != null)
								? pvc.getSpec().getVolumeName() : ""));
			}
		}
	}

}
