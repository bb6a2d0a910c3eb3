package dev.fleetward.checks.internal.net;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicySpec;

/**
 * A default deny is a policy that selects every pod ({@code podSelector: {}}) and
 * isolates a direction without allowing anything. Without {@code policyTypes}, the API
 * treats a policy as Ingress (plus Egress when it has egress rules), so an empty
 * {@code spec.podSelector: {}} alone denies ingress. Ingress deny passes; the message
 * says whether egress is denied too.
 */
public final class NamespaceDefaultDeny implements Check {

	@Override
	public String id() {
		return "net-namespace-default-deny";
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
		for (String namespace : Namespaces.application(judge)) {
			boolean ingress = false;
			boolean egress = false;
			for (V1NetworkPolicy policy : judge.snapshot()
				.inNamespace(ResourceKind.NETWORK_POLICIES, namespace, V1NetworkPolicy.class)) {
				V1NetworkPolicySpec spec = policy.getSpec();
				if (spec == null || !selectsAll(spec.getPodSelector())) {
					continue;
				}
				List<String> types = spec.getPolicyTypes();
				boolean noTypes = types == null || types.isEmpty();
				ingress |= (noTypes || types.contains("Ingress")) && empty(spec.getIngress());
				egress |= !noTypes && types.contains("Egress") && empty(spec.getEgress());
			}
			ObjectRef ref = new ObjectRef("Namespace", "", namespace);
			Map<String, String> evidence = Map.of("ingressDeny", String.valueOf(ingress), "egressDeny",
					String.valueOf(egress));
			if (ingress) {
				judge.pass(ref, "", "Namespace " + namespace + " denies ingress by default"
						+ (egress ? " and egress." : "; egress is not denied by default."), evidence);
			}
			else {
				judge.fail(ref, "", "Namespace " + namespace + " has no default-deny NetworkPolicy: pods accept "
						+ "traffic unless a policy selects them.", evidence);
			}
		}
	}

	private static boolean selectsAll(V1LabelSelector selector) {
		// podSelector is a struct in the API: omitted means empty, which selects every
		// pod.
		return selector == null || (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
				&& (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
	}

	private static boolean empty(List<?> rules) {
		return rules == null || rules.isEmpty();
	}

}
