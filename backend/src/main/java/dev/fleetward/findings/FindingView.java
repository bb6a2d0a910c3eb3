package dev.fleetward.findings;

import java.time.Instant;
import java.util.UUID;

/**
 * A finding as lists show it.
 */
public record FindingView(long id, UUID clusterId, String clusterName, String environment, String checkId,
		String checkTitle, String area, String severity, String status, String kind, String namespace, String name,
		String detail, String message, Instant firstSeenAt, Instant lastSeenAt, Instant updatedAt, Instant resolvedAt,
		String resolutionReason, Ticket ticket, String acknowledgedBy, Instant acknowledgedAt) {

	/** The ticket linked to a finding, if any. */
	public record Ticket(String system, String key, String url, String status) {
	}

}
