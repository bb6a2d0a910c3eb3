package dev.fleetward.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription. Empty filters match everything; clusters match by name or id.
 */
record Subscription(UUID id, String url, List<String> events, String secret, List<String> clusters,
		List<String> severities, List<String> areas, String createdBy, Instant createdAt) {

	boolean wants(String eventType, String clusterId, String clusterName, String severity, String area) {
		return this.events.contains(eventType)
				&& (this.clusters.isEmpty() || this.clusters.contains(clusterId) || this.clusters.contains(clusterName))
				&& (this.severities.isEmpty() || this.severities.contains(severity))
				&& (this.areas.isEmpty() || this.areas.contains(area));
	}

}
