package dev.fleetward.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finished events older than the retention go, with their delivery log; recent ones and
 * events still pending stay, however old.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OutboxRetentionTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxRetention retention;

	UUID subscription = UUID.randomUUID();

	@BeforeEach
	void subscribe() {
		this.jdbc.update(
				"INSERT INTO webhook_subscription (id, url, events, secret, created_by, created_at)"
						+ " VALUES (?, 'https://93.184.216.34/hook', '{finding.opened}', 'sealed', 'test', now())",
				this.subscription);
	}

	@AfterEach
	void unsubscribe() {
		this.jdbc.update("DELETE FROM webhook_subscription WHERE id = ?", this.subscription);
	}

	private long event(String state, Duration age) {
		Instant at = Instant.now().minus(age);
		Long id = this.jdbc.queryForObject("""
				INSERT INTO webhook_outbox (subscription_id, event_id, event_type, payload, state, attempts,
				    created_at, next_attempt_at, finished_at)
				VALUES (?, ?, 'finding.opened', '{}', ?, 1, ?, ?, ?) RETURNING id""", Long.class, this.subscription,
				UUID.randomUUID(), state, Timestamp.from(at), Timestamp.from(at),
				"PENDING".equals(state) ? null : Timestamp.from(at));
		this.jdbc.update(
				"INSERT INTO webhook_delivery (outbox_id, subscription_id, attempt, attempted_at,"
						+ " status_code, duration_ms) VALUES (?, ?, 1, ?, 200, 3)",
				id, this.subscription, Timestamp.from(at));
		return id;
	}

	@Test
	void finishedEventsOlderThanTheRetentionAreForgottenWithTheirDeliveries() {
		long oldDelivered = event("DELIVERED", Duration.ofDays(31));
		long oldFailed = event("FAILED", Duration.ofDays(40));
		long recentDelivered = event("DELIVERED", Duration.ofDays(29));
		long oldPending = event("PENDING", Duration.ofDays(45));

		this.retention.forgetFinishedEvents();

		List<Long> left = this.jdbc.queryForList("SELECT id FROM webhook_outbox WHERE subscription_id = ?", Long.class,
				this.subscription);
		assertThat(left).containsExactlyInAnyOrder(recentDelivered, oldPending).doesNotContain(oldDelivered, oldFailed);
		assertThat(this.jdbc.queryForList("SELECT outbox_id FROM webhook_delivery WHERE subscription_id = ?",
				Long.class, this.subscription))
			.containsExactlyInAnyOrder(recentDelivered, oldPending);
	}

}
