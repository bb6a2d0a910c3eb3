package dev.fleetward.webhook;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets finished webhook events (delivered or given up) and their delivery log once
 * they are older than the retention (30 days by default): the outbox would otherwise grow
 * with every finding transition for ever. Pending events are never deleted, whatever
 * their age. Several instances may run this at once; each deletes whatever is left.
 */
@Component
class OutboxRetention {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

	/** Rows per statement, so one run never holds long locks on a large backlog. */
	private static final int BATCH = 10_000;

	private final JdbcTemplate jdbc;

	private final WebhookProperties properties;

	private final Clock clock;

	OutboxRetention(JdbcTemplate jdbc, WebhookProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT7M", fixedDelayString = "PT6H")
	void forgetFinishedEvents() {
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.properties.keepFinishedFor()));
		int total = 0;
		int deleted;
		do {
			// Deliveries go with their outbox row (ON DELETE CASCADE).
			deleted = this.jdbc.update("""
					DELETE FROM webhook_outbox WHERE id IN (
					    SELECT id FROM webhook_outbox
					    WHERE state <> 'PENDING' AND finished_at < ? LIMIT ?)""", before, BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		if (total > 0) {
			log.info("Forgot {} webhook events finished before {}", total, before.toInstant());
		}
	}

}
