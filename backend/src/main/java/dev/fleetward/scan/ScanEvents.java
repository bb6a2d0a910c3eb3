package dev.fleetward.scan;

import java.time.Instant;
import java.util.UUID;

/**
 * What scans announce, published inside the transaction that records the scan's end, so
 * listeners (webhooks) commit or roll back with it.
 */
public final class ScanEvents {

	private ScanEvents() {
	}

	/** A scan read nothing usable (unreachable, credentials rejected). */
	public record Failed(UUID clusterId, String clusterName, long scanId, String error, Instant at) {
	}

	/** A cluster has just become STALE after failed scans in a row. */
	public record Stale(UUID clusterId, String clusterName, int consecutiveFailures, Instant at) {
	}

}
