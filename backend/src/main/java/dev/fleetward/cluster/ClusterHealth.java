package dev.fleetward.cluster;

/**
 * How a cluster's scans are going.
 */
public enum ClusterHealth {

	/** Registered, not scanned yet. */
	NEW,
	/** The last scan read every kind. */
	HEALTHY,
	/** The last scan could not read some kinds (e.g. 403): their checks are UNKNOWN. */
	PARTIAL,
	/** The last scan failed (unreachable, credentials rejected); nothing was resolved. */
	FAILING,
	/**
	 * Several scans in a row failed: its findings are shown as stale, nothing is
	 * resolved.
	 */
	STALE

}
