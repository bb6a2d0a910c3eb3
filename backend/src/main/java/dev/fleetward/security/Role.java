package dev.fleetward.security;

/**
 * What a person or an API token may do. Each role includes the ones below it.
 */
public enum Role {

	/** Reads findings, clusters, trends. */
	VIEWER,
	/** Also manages exemptions, ticket links and scans. */
	OPERATOR,
	/** Also manages clusters, users, tokens and settings. */
	ADMIN;

	boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

	String authority() {
		return "ROLE_" + name();
	}

}
