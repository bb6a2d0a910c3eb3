package dev.fleetward.checks.internal.sto;

import java.util.List;
import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Volume;

/**
 * A StatefulSet exists to give each pod stable storage. Without claim templates or a
 * claim volume its data lives in emptyDir or the container layer and dies with the pod.
 * Generic ephemeral volumes do not count: their claim is deleted with the pod.
 */
public final class StatefulSetWithoutPvc extends WorkloadCheck {

	@Override
	public String id() {
		return "sto-statefulset-without-pvc";
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return "StatefulSet".equals(workload.kind());
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		int templates = judge.snapshot()
			.find(ResourceKind.STATEFUL_SETS, workload.namespace(), workload.name(), V1StatefulSet.class)
			.map((set) -> Storage.claimTemplates(set).size())
			.orElse(0);
		List<String> claims = Storage.claimNames(workload.podSpec());
		if (templates > 0 || !claims.isEmpty()) {
			judge.pass(workload.ref(), "", workload.describe() + " keeps its data on persistent volumes.",
					Map.of("volumeClaimTemplates", String.valueOf(templates), "claims", String.join(",", claims)));
			return;
		}
		List<String> volumes = Storage.volumes(workload.podSpec())
			.stream()
			.filter((v) -> v.getEmptyDir() != null || v.getEphemeral() != null)
			.map(V1Volume::getName)
			.toList();
		judge.fail(workload.ref(), "",
				workload.describe() + " has no volumeClaimTemplates and mounts no PersistentVolumeClaim"
						+ (volumes.isEmpty() ? "" : "; its volumes " + volumes + " are ephemeral")
						+ ": its data is lost when a pod is rescheduled.",
				Map.of("ephemeralVolumes", String.join(",", volumes)));
	}

}
