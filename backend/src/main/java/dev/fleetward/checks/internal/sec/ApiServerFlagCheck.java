package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Pod;

/**
 * A check of kube-apiserver flags (CHECKS.md §5): each visible API-server mirror pod is
 * judged on its own flags. When none is visible the answer is never PASS: a managed
 * control plane defers to {@link #managed}, a cluster without Nodes (offline manifests)
 * is NOT_APPLICABLE, and anything else (k3s, a hidden control plane) is UNKNOWN.
 */
abstract class ApiServerFlagCheck implements Check {

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.NODES, ResourceKind.PODS);
	}

	/** What the flags are read for, for messages ("encryption at rest"). */
	protected abstract String subject();

	protected abstract void judgeFlags(Judge judge, ObjectRef apiServer, List<String> flags);

	/** Managed control planes hide the flags; the provider's API would tell. */
	protected void managed(Judge judge, String provider) {
		judge.unknown(ObjectRef.CLUSTER, "", "The control plane is managed by " + provider + ": " + subject()
				+ " is only visible through the provider's API, not the Kubernetes API.");
	}

	@Override
	public void evaluate(Judge judge) {
		judgeApiServers(judge);
	}

	protected final void judgeApiServers(Judge judge) {
		ControlPlane controlPlane = ControlPlane.of(judge.snapshot());
		List<V1Pod> pods = controlPlane.apiServerPods();
		for (V1Pod pod : pods) {
			judgeFlags(judge, new ObjectRef("Pod", pod.getMetadata().getNamespace(), pod.getMetadata().getName()),
					ControlPlane.flagsOf(pod));
		}
		if (!pods.isEmpty()) {
			return;
		}
		Optional<String> provider = controlPlane.managedProvider();
		if (provider.isPresent()) {
			managed(judge, provider.get());
		}
		else if (controlPlane.nodes().isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "",
					"No Nodes and no kube-apiserver pod in the input (offline manifests): no control plane to judge.");
		}
		else {
			judge.unknown(ObjectRef.CLUSTER, "", "No kube-apiserver pod is visible (e.g. k3s runs it in-process): "
					+ subject() + " cannot be read through the API.");
		}
	}

}
