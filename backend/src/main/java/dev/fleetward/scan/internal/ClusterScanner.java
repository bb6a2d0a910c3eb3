package dev.fleetward.scan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fleetward.checks.CheckEngine;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.cluster.Cluster;
import dev.fleetward.cluster.ClusterHealth;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.collect.CollectorSettings;
import dev.fleetward.collect.SnapshotCollector;
import dev.fleetward.findings.FindingsReconciler;
import dev.fleetward.findings.ReconcileSummary;
import dev.fleetward.findings.ScanOutcome;
import dev.fleetward.scan.ScanEvents;
import dev.fleetward.scan.ScanOutcomeKind;
import dev.fleetward.scan.ScanProperties;
import dev.fleetward.snapshot.KindStatus;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;

/**
 * One scan of one cluster, start to end: record the run, collect a snapshot, judge it,
 * then write the findings, the run's end and the cluster's health in ONE transaction, so
 * an app stopped mid-scan leaves no half-written results.
 */
public class ClusterScanner {

	private static final Logger log = LoggerFactory.getLogger(ClusterScanner.class);

	private final ClusterRegistry registry;

	private final ScanRuns runs;

	private final CheckEngine engine;

	private final FindingsReconciler findings;

	private final TransactionTemplate transaction;

	private final ScanProperties properties;

	private final ScanMetrics metrics;

	private final Clock clock;

	private final String instance;

	private final ApplicationEventPublisher events;

	public ClusterScanner(ClusterRegistry registry, ScanRuns runs, CheckEngine engine, FindingsReconciler findings,
			TransactionTemplate transaction, ScanProperties properties, ScanMetrics metrics, Clock clock,
			String instance, ApplicationEventPublisher events) {
		this.events = events;
		this.registry = registry;
		this.runs = runs;
		this.engine = engine;
		this.findings = findings;
		this.transaction = transaction;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
		this.instance = instance;
	}

	/** Scans the cluster; returns the scan id. */
	public long scan(UUID clusterId, String trigger) {
		Cluster cluster = this.registry.get(clusterId);
		Instant started = this.clock.instant();
		this.runs.failInterrupted(clusterId, started);
		long scanId = this.runs.start(clusterId, trigger, started, ResourceKind.values().length, this.instance);
		try {
			long collectStart = System.nanoTime();
			Snapshot snapshot = collect(cluster, scanId, started);
			long checkStart = System.nanoTime();
			List<CheckResult> results = this.engine.run(snapshot);
			Map<String, Long> phases = new LinkedHashMap<>();
			phases.put("collect", (checkStart - collectStart) / 1_000_000);
			phases.put("checks", (System.nanoTime() - checkStart) / 1_000_000);
			ScanOutcomeKind outcome = ScanOutcomeKind.of(snapshot.statuses(), cluster.includeSecrets());
			finish(cluster, scanId, snapshot, results, outcome, phases);
			this.metrics.scanned(cluster.name(), outcome, Duration.between(started, this.clock.instant()));
			return scanId;
		}
		catch (RuntimeException ex) {
			log.error("Scan {} of cluster {} failed", scanId, cluster.name(), ex);
			this.transaction.executeWithoutResult((status) -> {
				this.runs.finish(scanId, ScanOutcomeKind.FAILED, Map.of(), Map.of(),
						"internal error: " + ex.getClass().getSimpleName(), this.clock.instant());
				recordHealth(cluster, scanId, ScanOutcomeKind.FAILED, null,
						"internal error: " + ex.getClass().getSimpleName());
			});
			this.metrics.scanned(cluster.name(), ScanOutcomeKind.FAILED,
					Duration.between(started, this.clock.instant()));
			return scanId;
		}
	}

	private Snapshot collect(Cluster cluster, long scanId, Instant takenAt) {
		ClusterAccess access = this.registry.access(cluster.id());
		CollectorSettings settings = CollectorSettings.defaults()
			.withSecrets(cluster.includeSecrets())
			.withTimeouts(this.properties.connectTimeout(), this.properties.readTimeout());
		return new SnapshotCollector(settings).collect(access, takenAt,
				(kind, status, done, total) -> this.runs.progress(scanId, done));
	}

	private void finish(Cluster cluster, long scanId, Snapshot snapshot, List<CheckResult> results,
			ScanOutcomeKind outcome, Map<String, Long> phases) {
		Set<String> catalog = Set.copyOf(this.engine.checkIds());
		ScanOutcome scanOutcome = new ScanOutcome(cluster.id(), scanId, snapshot.takenAt(),
				outcome != ScanOutcomeKind.FAILED, results, this.engine.checksWithCompleteInput(snapshot), catalog);
		this.transaction.executeWithoutResult((status) -> {
			long writeStart = System.nanoTime();
			ReconcileSummary summary = this.findings.reconcile(scanOutcome);
			phases.put("findings", (System.nanoTime() - writeStart) / 1_000_000);
			Map<String, Object> counts = counts(results, summary);
			// Milliseconds per phase, so a slow scan shows where its time went.
			counts.put("millis", phases);
			this.runs.finish(scanId, outcome, coverage(snapshot), counts,
					(outcome == ScanOutcomeKind.FAILED) ? firstFailure(snapshot) : null, this.clock.instant());
			recordHealth(cluster, scanId, outcome, snapshot.serverVersion().orElse(null),
					(outcome == ScanOutcomeKind.FAILED) ? firstFailure(snapshot) : null);
		});
	}

	/** Inside the transaction that ends the scan, so announcements commit with it. */
	private void recordHealth(Cluster cluster, long scanId, ScanOutcomeKind outcome, String serverVersion,
			String error) {
		int failures = (outcome == ScanOutcomeKind.FAILED) ? cluster.consecutiveFailures() + 1 : 0;
		ClusterHealth health = switch (outcome) {
			case SUCCEEDED -> ClusterHealth.HEALTHY;
			case PARTIAL -> ClusterHealth.PARTIAL;
			default -> (failures >= this.properties.staleAfterFailures()) ? ClusterHealth.STALE : ClusterHealth.FAILING;
		};
		Instant now = this.clock.instant();
		this.registry.recordScan(cluster.id(), health, failures, serverVersion, outcome == ScanOutcomeKind.SUCCEEDED,
				now);
		if (outcome == ScanOutcomeKind.FAILED) {
			this.events.publishEvent(new ScanEvents.Failed(cluster.id(), cluster.name(), scanId, error, now));
		}
		if (health == ClusterHealth.STALE && cluster.health() != ClusterHealth.STALE) {
			this.events.publishEvent(new ScanEvents.Stale(cluster.id(), cluster.name(), failures, now));
		}
	}

	private static Map<String, Object> coverage(Snapshot snapshot) {
		Map<String, Object> coverage = new LinkedHashMap<>();
		for (Map.Entry<ResourceKind, KindStatus> entry : snapshot.statuses().entrySet()) {
			Map<String, Object> kind = new LinkedHashMap<>();
			kind.put("state", entry.getValue().state().name());
			if (!entry.getValue().reason().isEmpty()) {
				kind.put("reason", entry.getValue().reason());
			}
			snapshot.listDuration(entry.getKey()).ifPresent((took) -> kind.put("millis", took.toMillis()));
			coverage.put(entry.getKey().kind(), kind);
		}
		return coverage;
	}

	private static Map<String, Object> counts(List<CheckResult> results, ReconcileSummary summary) {
		Map<CheckStatus, Integer> byStatus = new EnumMap<>(CheckStatus.class);
		Map<String, int[]> byCheck = new java.util.TreeMap<>();
		for (CheckResult result : results) {
			byStatus.merge(result.status(), 1, Integer::sum);
			int[] passFail = byCheck.computeIfAbsent(result.checkId(), (id) -> new int[2]);
			if (result.status() == CheckStatus.PASS) {
				passFail[0]++;
			}
			else if (result.status() == CheckStatus.FAIL) {
				passFail[1]++;
			}
		}
		Map<String, Object> counts = new LinkedHashMap<>();
		byStatus.forEach((status, count) -> counts.put(status.name().toLowerCase(), count));
		counts.put("opened", summary.opened());
		counts.put("resolved", summary.resolved());
		counts.put("reopened", summary.reopened());
		counts.put("exempted", summary.exempted());
		counts.put("retired", summary.retired());
		// Per check [passed, failed], for the catalog's fleet-wide counts.
		counts.put("byCheck", byCheck);
		return counts;
	}

	private static String firstFailure(Snapshot snapshot) {
		return snapshot.statuses()
			.values()
			.stream()
			.filter((status) -> status.state() == KindStatus.State.FAILED)
			.map(KindStatus::reason)
			.findFirst()
			.orElse("nothing could be read");
	}

}
