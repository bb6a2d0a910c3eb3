package dev.fleetward.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.fleetward.findings.FindingEventType;
import dev.fleetward.findings.FindingsReconciled;
import dev.fleetward.scan.ScanEvents;
import dev.fleetward.findings.ReconcileSummary;
import dev.fleetward.findings.ScanOutcome;

/**
 * Writes one outbox row per subscription and finding transition. Listens synchronously,
 * inside the reconcile's transaction: the events commit or roll back with the findings,
 * so no transition is announced that did not happen and none is lost.
 */
@Component
class OutboxWriter {

	/**
	 * The scan's transitions; {@code at} equals the scan time, which prunes partitions.
	 */
	private static final String TRANSITIONS = """
			SELECT e.type, e.at, c.id AS cluster_id, c.name AS cluster_name, f.id, f.check_id, f.severity, f.area,
			    f.object_kind, f.object_namespace, f.object_name, f.detail, f.message, f.status, f.ticket_system,
			    f.ticket_key, f.ticket_url, f.ticket_status
			FROM finding_event e JOIN finding f ON f.id = e.finding_id JOIN cluster c ON c.id = f.cluster_id
			WHERE e.cluster_id = ? AND e.scan_id = ? AND e.at = ? AND e.type IN ('OPENED', 'RESOLVED', 'REOPENED')
			ORDER BY e.id""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final Subscriptions subscriptions;

	private final Clock clock;

	OutboxWriter(JdbcTemplate jdbc, Subscriptions subscriptions, Clock clock) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	@EventListener
	void on(FindingsReconciled reconciled) {
		ReconcileSummary summary = reconciled.summary();
		if (summary.opened() + summary.resolved() + summary.reopened() == 0) {
			return;
		}
		List<Subscription> subscriptions = this.subscriptions.list();
		if (subscriptions.isEmpty()) {
			return;
		}
		ScanOutcome outcome = reconciled.outcome();
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query(TRANSITIONS, (row) -> {
			Event event = event(row);
			for (Subscription subscription : subscriptions) {
				if (subscription.wants(event.type(), event.clusterId(), event.clusterName(), event.severity(),
						event.area())) {
					rows.add(new Object[] { subscription.id(), event.id(), event.type(), event.body(), now, now });
				}
			}
		}, outcome.clusterId(), outcome.scanId(), Timestamp.from(outcome.scannedAt()));
		this.jdbc.batchUpdate("INSERT INTO webhook_outbox (subscription_id, event_id, event_type, payload, created_at,"
				+ " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)", rows);
	}

	@EventListener
	void on(ScanEvents.Failed failed) {
		UUID id = UUID.randomUUID();
		announce(EventType.SCAN_FAILED, failed.clusterId(), failed.clusterName(), id,
				new WebhookPayloads.ScanFailedEvent(id, EventType.SCAN_FAILED.wireName(), failed.at(),
						new WebhookPayloads.ClusterRef(failed.clusterId(), failed.clusterName()),
						new WebhookPayloads.ScanRef(failed.scanId(), failed.error())));
	}

	@EventListener
	void on(ScanEvents.Stale stale) {
		UUID id = UUID.randomUUID();
		announce(EventType.CLUSTER_STALE, stale.clusterId(), stale.clusterName(), id,
				new WebhookPayloads.ClusterStaleEvent(id, EventType.CLUSTER_STALE.wireName(), stale.at(),
						new WebhookPayloads.ClusterRef(stale.clusterId(), stale.clusterName()),
						stale.consecutiveFailures()));
	}

	/** Cluster events; severity and area filters apply to findings only. */
	private void announce(EventType type, UUID clusterId, String clusterName, UUID id, Object event) {
		List<Object[]> rows = new ArrayList<>();
		String payload = JSON.writeValueAsString(event);
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Subscription subscription : this.subscriptions.list()) {
			if (subscription.events().contains(type.wireName())
					&& (subscription.clusters().isEmpty() || subscription.clusters().contains(clusterId.toString())
							|| subscription.clusters().contains(clusterName))) {
				rows.add(new Object[] { subscription.id(), id, type.wireName(), payload, now, now });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO webhook_outbox (subscription_id, event_id, event_type, payload, created_at,"
				+ " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)", rows);
	}

	private static Event event(ResultSet row) throws SQLException {
		UUID id = UUID.randomUUID();
		String type = EventType.of(FindingEventType.valueOf(row.getString("type"))).orElseThrow().wireName();
		UUID clusterId = row.getObject("cluster_id", UUID.class);
		String clusterName = row.getString("cluster_name");
		String severity = row.getString("severity").toLowerCase(Locale.ROOT);
		String area = row.getString("area");
		WebhookPayloads.TicketRef ticket = null;
		if (row.getString("ticket_key") != null || row.getString("ticket_url") != null) {
			ticket = new WebhookPayloads.TicketRef(row.getString("ticket_system"), row.getString("ticket_key"),
					row.getString("ticket_url"), row.getString("ticket_status"));
		}
		WebhookPayloads.FindingRef finding = new WebhookPayloads.FindingRef(row.getLong("id"),
				row.getString("check_id"), severity, area, row.getString("object_kind"),
				row.getString("object_namespace"), row.getString("object_name"), row.getString("detail"),
				row.getString("message"), row.getString("status"), ticket);
		WebhookPayloads.FindingEvent body = new WebhookPayloads.FindingEvent(id, type,
				row.getTimestamp("at").toInstant(), new WebhookPayloads.ClusterRef(clusterId, clusterName), finding);
		return new Event(id, type, clusterId.toString(), clusterName, severity, area, JSON.writeValueAsString(body));
	}

	private record Event(UUID id, String type, String clusterId, String clusterName, String severity, String area,
			String body) {
	}

}
