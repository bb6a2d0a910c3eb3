package dev.fleetward.scan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scan settings, {@code fleetward.scan.*}. How many scans run at once per app instance is
 * db-scheduler's {@code db-scheduler.threads} ({@code FLEETWARD_SCAN_CONCURRENCY}).
 *
 * @param staleAfterFailures failed scans in a row after which a cluster is STALE
 * @param retention how long scan records are kept
 * @param connectTimeout collector connect timeout
 * @param readTimeout collector read timeout
 */
@ConfigurationProperties("fleetward.scan")
public record ScanProperties(@DefaultValue("3") int staleAfterFailures, @DefaultValue("90d") Duration retention,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {
}
