package dev.fleetward.snapshot;

/**
 * Whether one resource kind was read completely, and why not.
 *
 * @param state the outcome of listing the kind
 * @param reason why it is not complete (empty when complete)
 */
public record KindStatus(State state, String reason) {

	public static final KindStatus COMPLETE = new KindStatus(State.COMPLETE, "");

	public KindStatus {
		reason = (reason != null) ? reason : "";
	}

	public static KindStatus forbidden(String reason) {
		return new KindStatus(State.FORBIDDEN, reason);
	}

	public static KindStatus notFound(String reason) {
		return new KindStatus(State.NOT_FOUND, reason);
	}

	public static KindStatus failed(String reason) {
		return new KindStatus(State.FAILED, reason);
	}

	public boolean isComplete() {
		return this.state == State.COMPLETE;
	}

	public enum State {

		/** Every object of the kind was read. */
		COMPLETE,
		/** The credentials may not list the kind (HTTP 403). */
		FORBIDDEN,
		/**
		 * The API does not exist on this cluster (HTTP 404, e.g. a CRD not installed).
		 */
		NOT_FOUND,
		/** The list failed or stopped part way (timeout, 5xx, 410 twice). */
		FAILED

	}

}
