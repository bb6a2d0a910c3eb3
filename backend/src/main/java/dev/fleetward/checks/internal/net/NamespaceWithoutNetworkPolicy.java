package dev.fleetward.checks.internal.net;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.GenericObject;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;

/**
 * A namespace without any NetworkPolicy leaves every pod in it reachable from the whole
 * cluster. Cilium policies count too when present (offline manifests): a namespaced
 * CiliumNetworkPolicy for its namespace, a clusterwide one only when it selects all
 * endpoints.
 */
public final class NamespaceWithoutNetworkPolicy implements Check {

	@Override
	public String id() {
		return "net-namespace-without-networkpolicy";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.NAMESPACES);
		needs.add(ResourceKind.NETWORK_POLICIES);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		Map<String, Integer> cilium = new java.util.HashMap<>();
		boolean clusterwide = false;
		for (GenericObject other : judge.snapshot().others()) {
			if ("CiliumNetworkPolicy".equals(other.kind())) {
				cilium.merge(other.namespace(), 1, Integer::sum);
			}
			clusterwide |= "CiliumClusterwideNetworkPolicy".equals(other.kind())
					&& other.content().get("spec") instanceof Map<?, ?> spec
					&& spec.get("endpointSelector") instanceof Map<?, ?> selector && selector.isEmpty();
		}
		for (String namespace : Namespaces.application(judge)) {
			ObjectRef ref = new ObjectRef("Namespace", "", namespace);
			int policies = judge.snapshot()
				.inNamespace(ResourceKind.NETWORK_POLICIES, namespace, V1NetworkPolicy.class)
				.size() + cilium.getOrDefault(namespace, 0);
			if (policies > 0 || clusterwide) {
				judge.pass(ref, "",
						"Namespace " + namespace + " has " + policies + " network policies"
								+ (clusterwide ? " and a clusterwide Cilium policy" : "") + ".",
						Map.of("policies", String.valueOf(policies)));
			}
			else {
				judge.fail(ref, "",
						"Namespace " + namespace
								+ " has no NetworkPolicy: every pod in it accepts traffic from the whole cluster.",
						Map.of());
			}
		}
	}

}
