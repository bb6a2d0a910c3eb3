package dev.fleetward.checks.internal.net;

import java.util.List;

import dev.fleetward.checks.internal.Check;

/**
 * The networking checks, in catalog order.
 */
public final class NetworkingChecks {

	private NetworkingChecks() {
	}

	public static List<Check> all() {
		return List.of(new HostNetwork(), new HostPort(), new WorkloadWithoutNetworkPolicy(), new IngressTls(),
				new CniDetected(), new CniEnforcesNetworkPolicy(), new NamespaceWithoutNetworkPolicy(),
				new NamespaceDefaultDeny(), new NetworkPolicyDangling(), new NodeNetworkUnavailable(),
				new ServiceNodePort(), new LoadBalancerNotProvisioned(), new LoadBalancerInventory(),
				new ServiceWithoutEndpoints(), new IngressBackendMissing(), new PodTrafficEncryption());
	}

}
