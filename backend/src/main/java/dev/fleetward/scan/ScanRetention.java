package dev.fleetward.scan;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.fleetward.scan.internal.ScanRuns;

/**
 * Deletes scan records older than the retention (90 days by default). Findings, their
 * events and scores are kept on their own terms; only the per-scan records go.
 */
@Component
class ScanRetention {

	private static final Logger log = LoggerFactory.getLogger(ScanRetention.class);

	private final ScanRuns runs;

	private final ScanProperties properties;

	private final Clock clock;

	ScanRetention(ScanRuns runs, ScanProperties properties, Clock clock) {
		this.runs = runs;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT6H")
	void deleteOldScans() {
		int deleted = this.runs.deleteFinishedBefore(this.clock.instant().minus(this.properties.retention()));
		if (deleted > 0) {
			log.info("Deleted {} scan records older than {}", deleted, this.properties.retention());
		}
	}

}
