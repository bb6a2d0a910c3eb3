package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.Optional;

import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;

/**
 * The answers every control-plane check shares before it looks at instances (CHECKS.md
 * §5): no nodes means offline manifests, and a provider-managed control plane is not
 * visible through the API.
 */
final class ControlPlaneScope {

	private ControlPlaneScope() {
	}

	/**
	 * Reports NOT_APPLICABLE or UNKNOWN and returns true when the control plane cannot be
	 * judged from the snapshot. EKS documents a multi-AZ control plane (NOT_APPLICABLE);
	 * GKE zonal vs regional and the AKS tier cannot be told from the Kubernetes API
	 * (UNKNOWN), unless {@code notApplicableWhenManaged} (nothing schedulable to judge).
	 */
	static boolean settled(Judge judge, ControlPlane controlPlane, boolean notApplicableWhenManaged) {
		if (controlPlane.nodes().isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "",
					"No nodes in the snapshot (e.g. offline manifests): there is no cluster control plane to judge.");
			return true;
		}
		Optional<String> provider = controlPlane.managedProvider();
		if (provider.isEmpty()) {
			return false;
		}
		Map<String, String> evidence = new java.util.LinkedHashMap<>(controlPlane.evidence());
		evidence.put("provider", provider.get());
		if (notApplicableWhenManaged || "EKS".equals(provider.get())) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "Provider-managed control plane (" + provider.get()
					+ "): its nodes are not registered in the cluster and are run by the provider.", evidence);
		}
		else {
			judge.unknown(ObjectRef.CLUSTER, "", "Provider-managed control plane (" + provider.get()
					+ "): whether it is replicated across zones depends on the cluster's type or tier, which the "
					+ "Kubernetes API does not show.", evidence);
		}
		return true;
	}

	static void noControlPlaneVisible(Judge judge, ControlPlane controlPlane) {
		judge
			.unknown(ObjectRef.CLUSTER, "",
					"No control plane visible: no control-plane role labels, kube-apiserver or etcd mirror pods, "
							+ "or API-server identity leases, and no managed-provider signature.",
					controlPlane.evidence());
	}

}
