package dev.fleetward.web;

/**
 * Bad input found by domain code rather than bean validation; answered with a 400 problem
 * that names the field (a JSON path such as {@code users[0].user.exec} is fine).
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
