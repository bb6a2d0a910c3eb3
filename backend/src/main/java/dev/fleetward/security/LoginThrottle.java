package dev.fleetward.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code loginMaxFailures} failed sign-ins for one
 * user name, or from one client address, within {@code loginWindow}, further attempts are
 * refused until the oldest failure leaves the window. Counting by address too stops one
 * client from spraying many user names.
 * <p>
 * The counts live in memory: with several app instances each counts its own, which still
 * bounds the guessing rate.
 */
@Component
class LoginThrottle {

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	LoginThrottle(SecurityProperties properties, Clock clock) {
		this.maxFailures = properties.loginMaxFailures();
		this.window = properties.loginWindow();
		this.clock = clock;
	}

	/** How long the caller must wait, if sign-in is refused now. */
	Optional<Duration> blockedFor(String username, String address) {
		Instant now = this.clock.instant();
		Duration wait = Duration.ZERO;
		for (String key : keys(username, address)) {
			Deque<Instant> times = this.failures.get(key);
			if (times == null) {
				continue;
			}
			synchronized (times) {
				prune(times, now);
				if (times.size() >= this.maxFailures) {
					Duration left = Duration.between(now, times.peekFirst().plus(this.window));
					wait = (left.compareTo(wait) > 0) ? left : wait;
				}
			}
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		for (String key : keys(username, address)) {
			Deque<Instant> times = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
			synchronized (times) {
				prune(times, now);
				times.addLast(now);
			}
		}
	}

	void succeeded(String username) {
		this.failures.remove(userKey(username));
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().plus(this.window).isAfter(now)) {
			times.removeFirst();
		}
	}

	private static String[] keys(String username, String address) {
		return new String[] { userKey(username), "addr:" + address };
	}

	private static String userKey(String username) {
		return "user:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

}
