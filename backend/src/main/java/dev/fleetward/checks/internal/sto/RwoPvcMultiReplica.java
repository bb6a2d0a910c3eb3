package dev.fleetward.checks.internal.sto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;

/**
 * Replicas that share one ReadWriteOnce claim all land on the node that attached it (or
 * fail with Multi-Attach), so they are not redundant at all; with ReadWriteOncePod every
 * replica but one stays Pending. StatefulSet claim templates are per pod and fine; a
 * StatefulSet that shares a plain claim volume is judged like a Deployment.
 */
public final class RwoPvcMultiReplica extends WorkloadCheck {

	private static final Set<String> SINGLE_NODE = Set.of("ReadWriteOnce", "ReadWriteOncePod");

	@Override
	public String id() {
		return "sto-rwo-pvc-multi-replica";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.PERSISTENT_VOLUME_CLAIMS, ResourceKind.HORIZONTAL_POD_AUTOSCALERS);
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return workload.replicated() && !Storage.claimNames(workload.podSpec()).isEmpty();
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		int replicas = workload.effectiveReplicas();
		Integer hpaMax = judge.workloads().autoscalerOf(workload).map((h) -> h.getSpec().getMaxReplicas()).orElse(null);
		int most = Math.max(replicas, (hpaMax != null) ? hpaMax : 0);
		List<String> shared = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String claim : Storage.claimNames(workload.podSpec())) {
			Optional<V1PersistentVolumeClaim> pvc = judge.snapshot()
				.find(ResourceKind.PERSISTENT_VOLUME_CLAIMS, workload.namespace(), claim,
						V1PersistentVolumeClaim.class);
			List<String> modes = pvc.map((p) -> p.getSpec().getAccessModes()).orElse(null);
			if (pvc.isEmpty() || modes == null) {
				missing.add(claim);
			}
			else if (!modes.isEmpty() && SINGLE_NODE.containsAll(modes)) {
				shared.add(claim + "=" + String.join("/", modes));
			}
		}
		Map<String, String> evidence = Map.of("replicas", String.valueOf(most), "claims", String.join(",", shared));
		if (most > 1 && !shared.isEmpty()) {
			judge.fail(workload.ref(), "",
					workload.describe() + " runs up to " + most + " replicas on single-node claims " + shared
							+ ": they cannot spread over nodes (Multi-Attach error, or all pinned to one node).",
					evidence);
		}
		else if (most > 1 && !missing.isEmpty()) {
			judge.unknown(workload.ref(), "", workload.describe() + " mounts claims " + missing
					+ " that are not in the snapshot: their access modes cannot be read.");
		}
		else {
			judge.pass(workload.ref(), "",
					workload.describe() + " does not share a single-node claim between replicas.", evidence);
		}
	}

}
