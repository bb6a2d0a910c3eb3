package dev.fleetward.scan.internal;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.fleetward.scan.ScanOutcomeKind;

/**
 * Scan metrics on {@code /actuator/prometheus}: duration and outcome per cluster.
 */
public class ScanMetrics {

	private final MeterRegistry registry;

	public ScanMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void scanned(String cluster, ScanOutcomeKind outcome, Duration took) {
		Timer.builder("fleetward.scan.duration")
			.description("How long scans take, by cluster and outcome")
			.tag("cluster", cluster)
			.tag("outcome", outcome.name())
			.register(this.registry)
			.record(took);
	}

}
