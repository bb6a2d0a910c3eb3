package dev.fleetward.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One row per attempt to deliver, so an admin can see why a receiver is not told. */
@Repository
class DeliveryLog {

	private final JdbcTemplate jdbc;

	DeliveryLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(long outboxId, UUID subscriptionId, int attempt, Instant at, Integer statusCode, String error,
			long durationMs) {
		this.jdbc.update(
				"INSERT INTO webhook_delivery (outbox_id, subscription_id, attempt, attempted_at, status_code, error,"
						+ " duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
				outboxId, subscriptionId, attempt, Timestamp.from(at), statusCode, error, (int) durationMs);
	}

	List<Attempt> recent(UUID subscriptionId, int limit) {
		return this.jdbc.query("""
				SELECT o.event_id, o.event_type, o.state, d.attempt, d.attempted_at, d.status_code, d.error,
				    d.duration_ms
				FROM webhook_delivery d JOIN webhook_outbox o ON o.id = d.outbox_id
				WHERE d.subscription_id = ? ORDER BY d.attempted_at DESC, d.id DESC LIMIT ?""",
				(row, i) -> new Attempt(row.getObject("event_id", UUID.class), row.getString("event_type"),
						row.getInt("attempt"), row.getTimestamp("attempted_at").toInstant(),
						(Integer) row.getObject("status_code"), row.getString("error"), row.getInt("duration_ms"),
						row.getString("state")),
				subscriptionId, limit);
	}

	/**
	 * One attempt.
	 *
	 * @param eventState where the event stands now: PENDING (more attempts to come),
	 * DELIVERED or FAILED (gave up)
	 */
	record Attempt(UUID eventId, String eventType, int attempt, Instant attemptedAt, Integer statusCode, String error,
			int durationMs, String eventState) {
	}

}
