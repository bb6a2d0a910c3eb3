package dev.fleetward.webhook;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON bodies posted to subscribers. They are part of the {@code v1} contract: fields
 * keep their names and meanings, new fields may be added, so receivers should ignore what
 * they do not know. The same records are serialised and described in the OpenAPI
 * document, so the documented schema cannot drift from what is sent.
 */
final class WebhookPayloads {

	private WebhookPayloads() {
	}

	@Schema(name = "FindingEvent",
			description = "finding.opened, finding.resolved or finding.reopened: a finding changed state in a scan")
	record FindingEvent(
			@Schema(description = "Event id, also sent as Fleetward-Event-Id; the same on every retry",
					requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(allowableValues = {
					"finding.opened", "finding.resolved", "finding.reopened" },
					requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(description = "When the scan that saw the transition ran",
					requiredMode = Schema.RequiredMode.REQUIRED) Instant occurredAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClusterRef cluster,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) FindingRef finding){
	}

	@Schema(name = "ScanFailedEvent", description = "scan.failed: a scan could not read the cluster")
	record ScanFailedEvent(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(allowableValues = "scan.failed", requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant occurredAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClusterRef cluster,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ScanRef scan) {
	}

	@Schema(name = "ClusterStaleEvent",
			description = "cluster.stale: scans have failed so often in a row that the cluster's findings are stale")
	record ClusterStaleEvent(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(allowableValues = "cluster.stale", requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant occurredAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClusterRef cluster,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int consecutiveFailures) {
	}

	@Schema(name = "WebhookCluster")
	record ClusterRef(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name) {
	}

	@Schema(name = "WebhookFinding", description = "The finding as it stands after the transition")
	record FindingRef(
			@Schema(description = "Stable id, as in /api/v1/findings/{id}",
					requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String checkId, @Schema(allowableValues = {
					"critical", "high", "medium", "low", "info" },
					requiredMode = Schema.RequiredMode.REQUIRED) String severity,
			@Schema(allowableValues = { "HA", "NETWORKING", "STORAGE", "SECURITY" },
					requiredMode = Schema.RequiredMode.REQUIRED) String area,
			@Schema(description = "The object's kind, e.g. Deployment") String kind,
			@Schema(description = "Null for cluster-scoped objects") String namespace, String name,
			@Schema(description = "What within the object, e.g. a container name; empty when the whole object") String detail,
			String message,
			@Schema(allowableValues = { "OPEN", "RESOLVED", "EXEMPTED", "RETIRED" },
					requiredMode = Schema.RequiredMode.REQUIRED) String status,
			@Schema(description = "The linked ticket, or null", nullable = true) TicketRef ticket){
	}

	@Schema(name = "WebhookTicket", description = "A ticket linked with PUT /api/v1/findings/{id}/ticket")
	record TicketRef(String system, String key, String url, String status) {
	}

	@Schema(name = "WebhookScan")
	record ScanRef(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(description = "Why the scan failed, without credentials") String error) {
	}

}
