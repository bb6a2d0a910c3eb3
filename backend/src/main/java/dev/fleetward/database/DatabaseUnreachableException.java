package dev.fleetward.database;

/**
 * The configured database did not accept a connection at start-up.
 */
class DatabaseUnreachableException extends RuntimeException {

	private final String url;

	DatabaseUnreachableException(String url, String reason) {
		super("Cannot connect to the database at " + url + ": " + reason);
		this.url = url;
	}

	String url() {
		return this.url;
	}

}
