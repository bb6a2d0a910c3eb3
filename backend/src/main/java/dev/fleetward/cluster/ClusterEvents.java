package dev.fleetward.cluster;

import java.util.UUID;

/**
 * What happens to registered clusters, for the modules that schedule or clean up after
 * them.
 */
public final class ClusterEvents {

	private ClusterEvents() {
	}

	/** A cluster was registered, or its scan settings changed. */
	public record Registered(UUID clusterId, int scanIntervalSeconds) {
	}

	/** A cluster was removed; its findings go with it. */
	public record Deleted(UUID clusterId) {
	}

}
