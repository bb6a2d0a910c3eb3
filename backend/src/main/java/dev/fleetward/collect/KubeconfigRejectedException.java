package dev.fleetward.collect;

/**
 * A kubeconfig Fleetward will not use, with the field at fault as a path such as
 * {@code users[0].user.exec}.
 */
public class KubeconfigRejectedException extends RuntimeException {

	private final String field;

	public KubeconfigRejectedException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
