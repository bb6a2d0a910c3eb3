package dev.fleetward.checks.internal.sto;

import java.time.Instant;

import io.kubernetes.client.openapi.models.CoreV1Event;

/** When an event last happened, whichever of its time fields the reporter filled. */
final class Events {

	private Events() {
	}

	static Instant time(CoreV1Event event) {
		if (event.getLastTimestamp() != null) {
			return event.getLastTimestamp().toInstant();
		}
		if (event.getEventTime() != null) {
			return event.getEventTime().toInstant();
		}
		if (event.getMetadata() != null && event.getMetadata().getCreationTimestamp() != null) {
			return event.getMetadata().getCreationTimestamp().toInstant();
		}
		return Instant.EPOCH;
	}

}
