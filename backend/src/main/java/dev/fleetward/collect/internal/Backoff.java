package dev.fleetward.collect.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying: what the server asked for in {@code Retry-After}, or
 * an exponential back-off, plus up to 20% jitter so many collectors do not retry in step,
 * and never more than the cap.
 */
final class Backoff {

	private static final long BASE_MILLIS = 250;

	private final long capMillis;

	Backoff(Duration cap) {
		this.capMillis = cap.toMillis();
	}

	long waitMillis(int attempt, String retryAfter) {
		long wait = retryAfterMillis(retryAfter);
		if (wait < 0) {
			wait = BASE_MILLIS << Math.min(attempt, 10);
		}
		long jitter = (long) (wait * 0.2 * ThreadLocalRandom.current().nextDouble());
		return Math.min(this.capMillis, wait + jitter);
	}

	/** Retry-After in seconds ({@code -1} when absent or not a number of seconds). */
	static long retryAfterMillis(String retryAfter) {
		if (retryAfter == null || retryAfter.isBlank()) {
			return -1;
		}
		try {
			return Math.max(0, Long.parseLong(retryAfter.strip())) * 1000;
		}
		catch (NumberFormatException ex) {
			// An HTTP date is allowed too; the API server sends seconds, so fall back.
			return -1;
		}
	}

}
