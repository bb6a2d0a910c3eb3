package dev.fleetward.findings;

/** Where a finding stands now. */
public enum FindingStatus {

	/** Fails and counts against the score. */
	OPEN,
	/** Passed, or its object is gone, in a scan that read everything its check needs. */
	RESOLVED,
	/**
	 * Still fails, but an active exemption covers it: visible, yet out of the score. When
	 * the exemption expires or is revoked it goes back to OPEN.
	 */
	EXEMPTED,
	/** Its check left the catalog. Not a fix: never counted as resolved. */
	RETIRED

}
