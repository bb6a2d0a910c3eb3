package dev.fleetward.collect;

import java.time.Duration;

/**
 * How the collector treats one cluster's API server.
 *
 * @param connectTimeout TCP/TLS connect timeout; always set
 * @param readTimeout time a response may stall; always set (client-java's default is
 * infinite)
 * @param maxInFlight requests in flight at once against one cluster
 * @param pageSize items per list page ({@code limit})
 * @param includeSecrets list Secret metadata (opt-in per cluster)
 * @param maxRetries retries of one request after 429, 503 or another 5xx
 * @param maxBackoff longest single wait between retries, whatever Retry-After says
 * @param deadline the longest a whole collection may take
 */
public record CollectorSettings(Duration connectTimeout, Duration readTimeout, int maxInFlight, int pageSize,
		boolean includeSecrets, int maxRetries, Duration maxBackoff, Duration deadline) {

	public static CollectorSettings defaults() {
		return new CollectorSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 4, 500, false, 4,
				Duration.ofSeconds(30), Duration.ofMinutes(5));
	}

	public CollectorSettings withSecrets(boolean include) {
		return new CollectorSettings(this.connectTimeout, this.readTimeout, this.maxInFlight, this.pageSize, include,
				this.maxRetries, this.maxBackoff, this.deadline);
	}

	public CollectorSettings withTimeouts(Duration connect, Duration read) {
		return new CollectorSettings(connect, read, this.maxInFlight, this.pageSize, this.includeSecrets,
				this.maxRetries, this.maxBackoff, this.deadline);
	}

	public CollectorSettings withPageSize(int size) {
		return new CollectorSettings(this.connectTimeout, this.readTimeout, this.maxInFlight, size, this.includeSecrets,
				this.maxRetries, this.maxBackoff, this.deadline);
	}

	public CollectorSettings withMaxBackoff(Duration backoff) {
		return new CollectorSettings(this.connectTimeout, this.readTimeout, this.maxInFlight, this.pageSize,
				this.includeSecrets, this.maxRetries, backoff, this.deadline);
	}

}
