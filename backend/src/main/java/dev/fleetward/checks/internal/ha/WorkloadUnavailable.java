package dev.fleetward.checks.internal.ha;

import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1ReplicaSet;
import io.kubernetes.client.openapi.models.V1ReplicationController;
import io.kubernetes.client.openapi.models.V1StatefulSet;

/**
 * Runtime: fewer replicas available than desired. The API omits zero counts from status,
 * so a missing count in a present status is 0; an object without any status (a manifest)
 * was never run and is not judged.
 */
public final class WorkloadUnavailable extends WorkloadCheck {

	@Override
	public String id() {
		return "ha-workload-unavailable";
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return workload.replicated() || "DaemonSet".equals(workload.kind());
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		int[] counts = counts(workload, judge);
		if (counts == null) {
			judge.notApplicable(workload.ref(), "", workload.describe() + " has no status: not a running object.");
			return;
		}
		int desired = counts[0];
		int available = counts[1];
		Map<String, String> evidence = Map.of("desired", String.valueOf(desired), "available",
				String.valueOf(available));
		if (desired == 0) {
			judge.notApplicable(workload.ref(), "", workload.describe() + " desires no replicas.");
		}
		else if (available < desired) {
			judge.fail(workload.ref(), "",
					workload.describe() + " has " + available + " of " + desired + " replicas available.", evidence);
		}
		else {
			judge.pass(workload.ref(), "", workload.describe() + " has all " + desired + " replicas available.",
					evidence);
		}
	}

	/** {desired, available}, or null without status. */
	private static int[] counts(Workload workload, Judge judge) {
		var snapshot = judge.snapshot();
		String ns = workload.namespace();
		String name = workload.name();
		int desired = (workload.effectiveReplicas() != null) ? workload.effectiveReplicas() : 0;
		switch (workload.kind()) {
			case "Deployment" -> {
				var s = snapshot.find(ResourceKind.DEPLOYMENTS, ns, name, V1Deployment.class)
					.map(V1Deployment::getStatus);
				return s.map((st) -> new int[] { desired, orZero(st.getAvailableReplicas()) }).orElse(null);
			}
			case "StatefulSet" -> {
				var s = snapshot.find(ResourceKind.STATEFUL_SETS, ns, name, V1StatefulSet.class)
					.map(V1StatefulSet::getStatus);
				return s.map((st) -> new int[] { desired, orZero(st.getReadyReplicas()) }).orElse(null);
			}
			case "ReplicaSet" -> {
				var s = snapshot.find(ResourceKind.REPLICA_SETS, ns, name, V1ReplicaSet.class)
					.map(V1ReplicaSet::getStatus);
				return s.map((st) -> new int[] { desired, orZero(st.getAvailableReplicas()) }).orElse(null);
			}
			case "ReplicationController" -> {
				var s = snapshot.find(ResourceKind.REPLICATION_CONTROLLERS, ns, name, V1ReplicationController.class)
					.map(V1ReplicationController::getStatus);
				return s.map((st) -> new int[] { desired, orZero(st.getAvailableReplicas()) }).orElse(null);
			}
			default -> {
				var s = snapshot.find(ResourceKind.DAEMON_SETS, ns, name, V1DaemonSet.class)
					.map(V1DaemonSet::getStatus);
				return s
					.map((st) -> new int[] { orZero(st.getDesiredNumberScheduled()),
							orZero(st.getDesiredNumberScheduled()) - orZero(st.getNumberUnavailable()) })
					.orElse(null);
			}
		}
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

}
