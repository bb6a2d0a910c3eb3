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
		return List.of(new HostNetwork(), new HostPort(), new WorkloadWithoutNetworkPolicy(), new IngressTls());
	}

}
