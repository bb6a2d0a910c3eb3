package dev.fleetward.web;

/**
 * An id in the request names nothing the caller may see; answered with a 404 problem.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
