package dev.fleetward.checks.internal.net;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1Node;

/**
 * NetworkPolicies are only enforced by the network plugin; with one that ignores them
 * (Flannel alone, the AWS VPC CNI without its policy agent, GKE/AKS without a policy
 * engine) they give a false sense of segmentation: critical. Without any NetworkPolicy
 * there is nothing being ignored, so the check does not apply (the missing policies are
 * net-namespace-without-networkpolicy's finding).
 */
public final class CniEnforcesNetworkPolicy implements Check {

	@Override
	public String id() {
		return "net-cni-enforces-networkpolicy";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(CniDetection.NEEDS);
		needs.add(ResourceKind.NETWORK_POLICIES);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		List<Cni> cnis = CniDetection.of(judge.snapshot()).cnis();
		int policies = judge.snapshot().list(ResourceKind.NETWORK_POLICIES, V1NetworkPolicy.class).size();
		Map<String, String> evidence = Map.of("networkPolicies", String.valueOf(policies), "cnis",
				String.join(",", cnis.stream().map(Cni::name).toList()));
		List<Cni> enforcing = cnis.stream().filter((c) -> Boolean.TRUE.equals(c.enforcesPolicy())).toList();
		if (!enforcing.isEmpty()) {
			judge.pass(ObjectRef.CLUSTER, "", enforcing.get(0).name() + " enforces NetworkPolicies.", evidence);
			return;
		}
		if (policies == 0) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No NetworkPolicy exists, so none is being ignored.", evidence);
			return;
		}
		if (cnis.isEmpty() || cnis.stream().anyMatch((c) -> c.enforcesPolicy() == null)) {
			if (cnis.isEmpty() && judge.snapshot().list(ResourceKind.NODES, V1Node.class).isEmpty()) {
				judge.notApplicable(ObjectRef.CLUSTER, "", "No nodes and no CNI objects in the snapshot.", evidence);
			}
			else {
				judge.unknown(ObjectRef.CLUSTER, "", "Cannot tell whether the CNI enforces the " + policies
						+ " NetworkPolicies: no CNI agent was recognised.", evidence);
			}
			return;
		}
		judge.fail(Severity.CRITICAL, ObjectRef.CLUSTER, "", policies + " NetworkPolicies exist but "
				+ String.join(", ", cnis.stream().map(Cni::name).toList())
				+ " does not enforce them: pods are not isolated. Add a policy engine (Calico, Cilium, the VPC CNI "
				+ "policy agent) or switch CNI.", evidence);
	}

}
