package dev.fleetward.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fleetward.cluster.SecretSealer;
import dev.fleetward.web.InvalidInputException;

/**
 * Sends due outbox rows. Each row is claimed with {@code FOR UPDATE SKIP LOCKED} and its
 * lock is held while it is sent, until its outcome commits: another instance skips it
 * meanwhile, and once DELIVERED is committed nobody claims it again. A crash mid-send
 * rolls the claim back and the row is sent again later; receivers dedupe on the event id.
 */
@Component
@ConditionalOnBooleanProperty(name = "fleetward.webhooks.sender-enabled", matchIfMissing = true)
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** Rows sent per run; the next run picks up the rest. */
	private static final int BATCH = 50;

	private static final String CLAIM = """
			SELECT o.id, o.subscription_id, o.event_id, o.event_type, o.payload, o.attempts, o.created_at, s.url, s.secret
			FROM webhook_outbox o JOIN webhook_subscription s ON s.id = o.subscription_id
			WHERE o.state = 'PENDING' AND o.next_attempt_at <= ?
			ORDER BY o.next_attempt_at
			LIMIT 1
			FOR UPDATE OF o SKIP LOCKED""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final DeliveryLog deliveries;

	private final TargetPolicy targets;

	private final WebhookProperties properties;

	private final Clock clock;

	private final HttpClient http;

	private final SecretSealer sealer;

	OutboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, DeliveryLog deliveries,
			TargetPolicy targets, WebhookProperties properties, Clock clock, SecretSealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.transaction = new TransactionTemplate(transactions);
		this.deliveries = deliveries;
		this.targets = targets;
		this.properties = properties;
		this.clock = clock;
		// Redirects are not followed: a 30x to a private address would bypass the policy.
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${fleetward.webhooks.send-interval:5s}",
			initialDelayString = "${fleetward.webhooks.send-interval:5s}")
	void sendDue() {
		for (int i = 0; i < BATCH; i++) {
			if (!Boolean.TRUE.equals(this.transaction.execute((status) -> sendOne()))) {
				return;
			}
		}
	}

	/**
	 * Claims, sends and settles one due row in one transaction; false if none was due.
	 */
	private boolean sendOne() {
		List<Claimed> claimed = this.jdbc.query(CLAIM,
				(row, i) -> new Claimed(row.getLong("id"), row.getObject("subscription_id", UUID.class),
						row.getObject("event_id", UUID.class), row.getString("event_type"), row.getString("payload"),
						row.getInt("attempts"), row.getTimestamp("created_at").toInstant(), row.getString("url"),
						row.getString("secret")),
				Timestamp.from(this.clock.instant()));
		if (claimed.isEmpty()) {
			return false;
		}
		Claimed row = claimed.get(0);
		int attempt = row.attempts() + 1;
		Instant started = this.clock.instant();
		long t0 = System.nanoTime();
		Integer statusCode = null;
		String error = null;
		try {
			// Checked again at send time: the name may resolve elsewhere now than when
			// the subscription was created.
			URI target = this.targets.check(row.url());
			statusCode = post(target, row);
		}
		catch (InvalidInputException ex) {
			error = "refused: " + ex.getMessage();
		}
		catch (IOException ex) {
			error = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		long durationMs = (System.nanoTime() - t0) / 1_000_000;
		this.deliveries.record(row.id(), row.subscriptionId(), attempt, started, statusCode, error, durationMs);
		settle(row, attempt, statusCode != null && statusCode >= 200 && statusCode < 300);
		return true;
	}

	private int post(URI target, Claimed row) throws IOException, InterruptedException {
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(this.properties.requestTimeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Fleetward-Webhook")
			.header("Fleetward-Event-Id", row.eventId().toString())
			.header("Fleetward-Event", row.eventType())
			.header("Fleetward-Timestamp", timestamp)
			.header("Fleetward-Signature",
					Signature.of(this.sealer.open(row.secret(), row.subscriptionId().toString()), timestamp,
							row.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(row.payload(), StandardCharsets.UTF_8))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private void settle(Claimed row, int attempt, boolean delivered) {
		Instant now = this.clock.instant();
		if (delivered) {
			this.jdbc.update(
					"UPDATE webhook_outbox SET state = 'DELIVERED', attempts = ?, finished_at = ? WHERE id = ?",
					attempt, Timestamp.from(now), row.id());
			return;
		}
		Instant next = now.plus(this.properties.retryDelay(attempt));
		if (next.isAfter(row.createdAt().plus(this.properties.retryFor()))) {
			log.warn("Giving up webhook event {} for subscription {} after {} attempts", row.eventId(),
					row.subscriptionId(), attempt);
			this.jdbc.update("UPDATE webhook_outbox SET state = 'FAILED', attempts = ?, finished_at = ? WHERE id = ?",
					attempt, Timestamp.from(now), row.id());
			return;
		}
		this.jdbc.update("UPDATE webhook_outbox SET attempts = ?, next_attempt_at = ? WHERE id = ?", attempt,
				Timestamp.from(next), row.id());
	}

	private record Claimed(long id, UUID subscriptionId, UUID eventId, String eventType, String payload, int attempts,
			Instant createdAt, String url, String secret) {
	}

}
