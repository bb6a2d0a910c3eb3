package dev.fleetward.checks.internal.net;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.PodLabels;
import dev.fleetward.checks.internal.Selectors;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;

/**
 * A policy whose podSelector or peer selectors match nothing usually hides a typo in a
 * label. An empty podSelector ({@code {}}) is a namespace-wide default and never
 * dangling. ipBlock peers are not judged: the Kubernetes documentation scopes ipBlock to
 * cluster-external ranges (pod IPs are ephemeral), so matching no pod is their normal
 * state.
 */
public final class NetworkPolicyDangling implements Check {

	@Override
	public String id() {
		return "net-networkpolicy-dangling";
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
		List<V1NetworkPolicy> policies = judge.snapshot().list(ResourceKind.NETWORK_POLICIES, V1NetworkPolicy.class);
		if (policies.isEmpty()) {
			return;
		}
		PodLabels pods = judge.workloads().podLabels();
		Map<String, Map<String, String>> namespaces = new HashMap<>();
		pods.namespaces().forEach((n) -> namespaces.put(n, Map.of("kubernetes.io/metadata.name", n)));
		for (V1Namespace ns : judge.snapshot().list(ResourceKind.NAMESPACES, V1Namespace.class)) {
			Map<String, String> labels = new HashMap<>(
					(ns.getMetadata().getLabels() != null) ? ns.getMetadata().getLabels() : Map.of());
			// The API server sets this label on every namespace; manifests may omit it.
			labels.putIfAbsent("kubernetes.io/metadata.name", ns.getMetadata().getName());
			namespaces.put(ns.getMetadata().getName(), labels);
		}
		for (V1NetworkPolicy policy : policies) {
			String ns = policy.getMetadata().getNamespace();
			ObjectRef ref = new ObjectRef("NetworkPolicy", ns, policy.getMetadata().getName());
			List<String> dangling = new ArrayList<>();
			var spec = policy.getSpec();
			V1LabelSelector podSelector = (spec != null) ? spec.getPodSelector() : null;
			if (!empty(podSelector) && !pods.anyMatch(ns, podSelector)) {
				dangling.add("podSelector");
			}
			if (spec != null && spec.getIngress() != null) {
				for (int i = 0; i < spec.getIngress().size(); i++) {
					peers(spec.getIngress().get(i).getFrom(), "ingress[" + i + "].from", ns, pods, namespaces,
							dangling);
				}
			}
			if (spec != null && spec.getEgress() != null) {
				for (int i = 0; i < spec.getEgress().size(); i++) {
					peers(spec.getEgress().get(i).getTo(), "egress[" + i + "].to", ns, pods, namespaces, dangling);
				}
			}
			if (dangling.isEmpty()) {
				judge.pass(ref, "", "NetworkPolicy " + ref.name() + " selects existing pods and peers.");
			}
			else {
				judge.fail(ref, "", "NetworkPolicy " + ns + "/" + ref.name() + " has selectors that match nothing: "
						+ dangling + ".", Map.of("selectors", String.join(",", dangling)));
			}
		}
	}

	private static void peers(List<V1NetworkPolicyPeer> peers, String where, String ns, PodLabels pods,
			Map<String, Map<String, String>> namespaces, List<String> dangling) {
		if (peers == null) {
			return;
		}
		for (int j = 0; j < peers.size(); j++) {
			V1NetworkPolicyPeer peer = peers.get(j);
			if (peer.getIpBlock() != null) {
				continue;
			}
			List<String> selected = new ArrayList<>();
			if (peer.getNamespaceSelector() == null) {
				selected.add(ns);
			}
			else {
				namespaces.forEach((name, labels) -> {
					if (Selectors.matches(peer.getNamespaceSelector(), labels)) {
						selected.add(name);
					}
				});
			}
			// An empty or absent podSelector selects all pods of the selected namespaces.
			boolean matches = empty(peer.getPodSelector()) ? !selected.isEmpty()
					: selected.stream().anyMatch((n) -> pods.anyMatch(n, peer.getPodSelector()));
			if (!matches) {
				dangling.add(where + "[" + j + "]");
			}
		}
	}

	private static boolean empty(V1LabelSelector selector) {
		return selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
				&& (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
	}

}
