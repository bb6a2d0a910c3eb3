package dev.fleetward.checks;

/** The verdict of a check on one object. UNKNOWN is never to be read as PASS. */
public enum CheckStatus {

	/** The object meets the requirement. */
	PASS,
	/** The object does not meet the requirement. */
	FAIL,
	/** The input needed was forbidden, failed or incomplete. */
	UNKNOWN,
	/**
	 * Nothing to judge, or the check does not apply here (e.g. an API that does not
	 * exist).
	 */
	NOT_APPLICABLE

}
