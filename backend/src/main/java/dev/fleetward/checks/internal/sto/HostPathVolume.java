package dev.fleetward.checks.internal.sto;

import java.util.List;
import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import io.kubernetes.client.openapi.models.V1Volume;

/**
 * A hostPath volume ties data to one node (lost when the pod moves) and opens a path to
 * the node's filesystem.
 */
public final class HostPathVolume extends WorkloadCheck {

	@Override
	public String id() {
		return "sto-hostpath-volume";
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		List<V1Volume> volumes = (workload.podSpec().getVolumes() != null) ? workload.podSpec().getVolumes()
				: List.of();
		List<String> hostPaths = volumes.stream()
			.filter((v) -> v.getHostPath() != null)
			.map((v) -> v.getName() + "=" + v.getHostPath().getPath())
			.toList();
		if (hostPaths.isEmpty()) {
			judge.pass(workload.ref(), "", workload.describe() + " mounts no hostPath volume.");
		}
		else {
			judge.fail(workload.ref(), "",
					workload.describe() + " mounts node paths " + hostPaths
							+ ": data stays on one node and the node's filesystem is exposed.",
					Map.of("hostPath", String.join(",", hostPaths)));
		}
	}

}
