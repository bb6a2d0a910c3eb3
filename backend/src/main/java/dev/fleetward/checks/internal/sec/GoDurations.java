package dev.fleetward.checks.internal.sec;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go duration strings as Kubernetes flags use them ({@code 24h}, {@code 1h30m}). */
final class GoDurations {

	private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s)");

	private GoDurations() {
	}

	static Optional<Duration> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Matcher matcher = PART.matcher(text.trim());
		double millis = 0;
		int end = 0;
		while (matcher.find() && matcher.start() == end) {
			double value = Double.parseDouble(matcher.group(1));
			millis += value * switch (matcher.group(2)) {
				case "h" -> 3_600_000;
				case "m" -> 60_000;
				case "s" -> 1_000;
				default -> 1;
			};
			end = matcher.end();
		}
		return (end == text.trim().length() && end > 0) ? Optional.of(Duration.ofMillis((long) millis))
				: Optional.empty();
	}

}
