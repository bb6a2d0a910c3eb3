package dev.fleetward.collect.internal;

/**
 * The API server could not be talked to at all (refused, timed out, TLS failed): every
 * kind not yet read fails with this reason, and nothing is resolved from the scan.
 */
public class ServerUnreachableException extends Exception {

	public ServerUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}

}
