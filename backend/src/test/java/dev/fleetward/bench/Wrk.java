package dev.fleetward.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wrk} load generator, run as a process: a fixed number of connections kept
 * busy for a while, latencies from its {@code --latency} distribution.
 */
final class Wrk {

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$",
			Pattern.MULTILINE);

	private static final Pattern FAILED = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: (.*)");

	private final int threads;

	private final int connections;

	private final String authorization;

	Wrk(int threads, int connections, String token) {
		this.threads = threads;
		this.connections = connections;
		this.authorization = "Authorization: Bearer " + token;
	}

	/** Fails with how to install it when {@code wrk} is not on the path. */
	static void requireInstalled() {
		try {
			Process version = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
			version.getInputStream().readAllBytes();
			version.waitFor();
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"The API latency benchmark needs the load tool wrk on the PATH: apt-get install -y wrk", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The same load with another caller's token. */
	Wrk as(String token) {
		return new Wrk(this.threads, this.connections, token);
	}

	int connections() {
		return this.connections;
	}

	Result run(String url, Duration duration) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + this.threads, "-c" + this.connections,
				"-d" + duration.toSeconds() + "s", "--latency", "-H", this.authorization, url));
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (wrk.waitFor() != 0) {
			throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
		}
		Matcher failed = FAILED.matcher(output);
		if (failed.find()) {
			throw new IllegalStateException("Requests failed under load on " + url + ":\n" + output);
		}
		Matcher rate = RATE.matcher(output);
		Matcher percentile = PERCENTILE.matcher(output);
		double p50 = -1;
		double p99 = -1;
		while (percentile.find()) {
			double millis = millis(percentile.group(2), percentile.group(3));
			if (percentile.group(1).equals("50")) {
				p50 = millis;
			}
			else {
				p99 = millis;
			}
		}
		if (!rate.find() || p50 < 0 || p99 < 0) {
			throw new IllegalStateException("Could not read wrk's report:\n" + output);
		}
		return new Result(Double.parseDouble(rate.group(1)), p50, p99);
	}

	private static double millis(String value, String unit) {
		double number = Double.parseDouble(value);
		return switch (unit) {
			case "us" -> number / 1000;
			case "s" -> number * 1000;
			default -> number;
		};
	}

	record Result(double requestsPerSecond, double p50Millis, double p99Millis) {
	}

}
