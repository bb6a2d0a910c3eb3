package dev.fleetward.findings;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.Severity;
import dev.fleetward.findings.internal.FindingEventPartitions;
import dev.fleetward.snapshot.ObjectRef;

import static dev.fleetward.findings.FindingsFixtures.CATALOG;
import static dev.fleetward.findings.FindingsFixtures.HOST_PORT;
import static dev.fleetward.findings.FindingsFixtures.PDB;
import static dev.fleetward.findings.FindingsFixtures.RUN_AS_ROOT;
import static dev.fleetward.findings.FindingsFixtures.fail;
import static dev.fleetward.findings.FindingsFixtures.pass;
import static dev.fleetward.findings.FindingsFixtures.result;
import static dev.fleetward.findings.FindingsFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FindingsReconcilerTest {

	private static final Instant T0 = Instant.parse("2030-03-10T08:00:00Z");

	@Autowired
	FindingsReconciler reconciler;

	@Autowired
	FindingEventPartitions partitions;

	@Autowired
	ApplicationEventMulticaster multicaster;

	@Autowired
	JdbcTemplate jdbc;

	private UUID cluster;

	@BeforeEach
	void registerCluster() {
		this.cluster = FindingsFixtures.cluster(this.jdbc, "prod-" + UUID.randomUUID());
	}

	@Test
	void failingThenPassingThenFailingAgainKeepsTheFindingWithItsTicket() {
		ReconcileSummary opened = this.reconciler
			.reconcile(scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		assertThat(opened).isEqualTo(new ReconcileSummary(1, 0, 0, 0, 0, 0));
		Map<String, Object> finding = onlyFinding();
		long id = (Long) finding.get("id");
		assertThat(finding).containsEntry("status", "OPEN")
			.containsEntry("check_id", RUN_AS_ROOT)
			.containsEntry("area", "SECURITY")
			.containsEntry("object_namespace", "shop")
			.containsEntry("object_name", "cart")
			.containsEntry("detail", "app");
		this.jdbc.update("UPDATE finding SET ticket_system = 'jira', ticket_key = 'OPS-7' WHERE id = ?", id);

		ReconcileSummary resolved = this.reconciler
			.reconcile(scan(this.cluster, 2, T0.plusSeconds(300), List.of(pass(RUN_AS_ROOT, "shop", "cart"))));
		assertThat(resolved.resolved()).isEqualTo(1);
		assertThat(onlyFinding()).containsEntry("status", "RESOLVED").containsEntry("resolution_reason", "now passes");

		ReconcileSummary reopened = this.reconciler
			.reconcile(scan(this.cluster, 3, T0.plusSeconds(600), List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		assertThat(reopened).isEqualTo(new ReconcileSummary(0, 0, 1, 0, 0, 0));
		assertThat(onlyFinding()).containsEntry("id", id)
			.containsEntry("status", "OPEN")
			.containsEntry("reopen_count", 1)
			.containsEntry("ticket_key", "OPS-7")
			.containsEntry("ticket_system", "jira")
			.containsEntry("resolved_at", null);
		assertThat(events()).containsExactly("OPENED 1 fails", "RESOLVED 2 now passes", "REOPENED 3 fails again");
	}

	@Test
	void anUnchangedFailureIsNotRewrittenAndLastSeenMovesHourly() {
		this.reconciler.reconcile(scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		Map<String, Object> first = onlyFinding();
		ReconcileSummary again = this.reconciler
			.reconcile(scan(this.cluster, 2, T0.plusSeconds(300), List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		assertThat(again).isEqualTo(ReconcileSummary.NONE);
		assertThat(onlyFinding()).isEqualTo(first);

		this.reconciler
			.reconcile(scan(this.cluster, 3, T0.plusSeconds(3900), List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		Map<String, Object> later = onlyFinding();
		assertThat(((java.sql.Timestamp) later.get("last_seen_at")).toInstant()).isEqualTo(T0.plusSeconds(3900));
		assertThat(later.get("last_scan_id")).isEqualTo(3L);
		assertThat(later.get("updated_at")).as("last seen alone is no change for sync")
			.isEqualTo(first.get("updated_at"));

		// A changed message is written at once, and is a change for incremental sync.
		CheckResult changed = new CheckResult(RUN_AS_ROOT, CheckStatus.FAIL, Severity.HIGH,
				new ObjectRef("Deployment", "shop", "cart"), "app", "now runs as uid 0 explicitly", Map.of());
		this.reconciler.reconcile(scan(this.cluster, 4, T0.plusSeconds(4200), List.of(changed)));
		Map<String, Object> updated = onlyFinding();
		assertThat(updated).containsEntry("severity", "HIGH").containsEntry("message", "now runs as uid 0 explicitly");
		assertThat(((java.sql.Timestamp) updated.get("updated_at")).toInstant()).isEqualTo(T0.plusSeconds(4200));
		assertThat(events()).containsExactly("OPENED 1 fails");
	}

	@Test
	void anObjectGoneFromACompleteScanIsResolvedAsResourceGone() {
		this.reconciler.reconcile(scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		ReconcileSummary gone = this.reconciler.reconcile(scan(this.cluster, 2, T0.plusSeconds(300), List.of()));
		assertThat(gone.resolved()).isEqualTo(1);
		assertThat(onlyFinding()).containsEntry("status", "RESOLVED")
			.containsEntry("resolution_reason", "resource gone");
	}

	@Test
	void notApplicableResolvesAsNoLongerApplicable() {
		this.reconciler.reconcile(scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		this.reconciler.reconcile(scan(this.cluster, 2, T0.plusSeconds(300),
				List.of(result(RUN_AS_ROOT, CheckStatus.NOT_APPLICABLE, "shop", "cart", "app"))));
		assertThat(onlyFinding()).containsEntry("resolution_reason", "no longer applicable");
	}

	@Test
	void aCheckWhoseInputWasIncompleteResolvesNothing() {
		this.reconciler.reconcile(
				scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"), fail(PDB, "shop", "cart"))));
		Set<String> allButRunAsRoot = CATALOG.stream()
			.filter((id) -> !id.equals(RUN_AS_ROOT))
			.collect(java.util.stream.Collectors.toSet());
		ReconcileSummary partial = this.reconciler.reconcile(
				new ScanOutcome(this.cluster, 2, T0.plusSeconds(300), true, List.of(), allButRunAsRoot, CATALOG));
		assertThat(partial.resolved()).isEqualTo(1);
		assertThat(statusByCheck()).containsEntry(RUN_AS_ROOT, "OPEN").containsEntry(PDB, "RESOLVED");
	}

	@Test
	void anUnknownVerdictLeavesTheFindingAsItIs() {
		this.reconciler.reconcile(scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		Map<String, Object> before = onlyFinding();
		ReconcileSummary unknown = this.reconciler.reconcile(scan(this.cluster, 2, T0.plusSeconds(300),
				List.of(result(RUN_AS_ROOT, CheckStatus.UNKNOWN, "shop", "cart", "app"))));
		assertThat(unknown).isEqualTo(ReconcileSummary.NONE);
		assertThat(onlyFinding()).isEqualTo(before);
	}

	@Test
	void aCheckThatCouldNotJudgeAtAllResolvesNothing() {
		this.reconciler.reconcile(scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		CheckResult broken = new CheckResult(RUN_AS_ROOT, CheckStatus.UNKNOWN, Severity.MEDIUM, ObjectRef.CLUSTER, "",
				"The check could not judge this snapshot", Map.of());
		this.reconciler.reconcile(scan(this.cluster, 2, T0.plusSeconds(300), List.of(broken)));
		assertThat(onlyFinding()).containsEntry("status", "OPEN");
	}

	@Test
	void aScanThatDidNotFinishChangesNothingAtAll() {
		this.reconciler.reconcile(
				scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"), fail(PDB, "shop", "cart"))));
		List<Map<String, Object>> findings = findings();
		List<String> events = events();
		long scores = count("cluster_score");
		long rollups = this.jdbc.queryForObject(
				"SELECT coalesce(sum(new_count + resolved_count), 0) FROM daily_rollup WHERE cluster_id = ?",
				Long.class, this.cluster);

		ReconcileSummary failed = this.reconciler.reconcile(new ScanOutcome(this.cluster, 2, T0.plusSeconds(300), false,
				List.of(pass(RUN_AS_ROOT, "shop", "cart"), fail(HOST_PORT, "shop", "web")), CATALOG, CATALOG));

		assertThat(failed).isEqualTo(ReconcileSummary.NONE);
		assertThat(findings()).isEqualTo(findings);
		assertThat(events()).isEqualTo(events);
		assertThat(count("cluster_score")).isEqualTo(scores);
		assertThat(this.jdbc.queryForObject(
				"SELECT coalesce(sum(new_count + resolved_count), 0) FROM daily_rollup WHERE cluster_id = ?",
				Long.class, this.cluster))
			.isEqualTo(rollups);
	}

	@Test
	void aCheckThatLeftTheCatalogRetiresItsFindingsWithoutCountingThemAsFixed() {
		this.reconciler.reconcile(
				scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"), fail(PDB, "shop", "cart"))));
		Set<String> withoutPdb = CATALOG.stream()
			.filter((id) -> !id.equals(PDB))
			.collect(java.util.stream.Collectors.toSet());
		ReconcileSummary summary = this.reconciler.reconcile(new ScanOutcome(this.cluster, 2, T0.plusSeconds(300), true,
				List.of(fail(RUN_AS_ROOT, "shop", "cart")), withoutPdb, withoutPdb));

		assertThat(summary).isEqualTo(new ReconcileSummary(0, 0, 0, 0, 0, 1));
		assertThat(statusByCheck()).containsEntry(PDB, "RETIRED").containsEntry(RUN_AS_ROOT, "OPEN");
		assertThat(events()).contains("RETIRED 2 check no longer in the catalog");
		Map<String, Object> rollup = this.jdbc.queryForMap(
				"SELECT sum(resolved_count) AS resolved, sum(retired_count) AS retired, sum(fix_seconds_sum) AS fix "
						+ "FROM daily_rollup WHERE cluster_id = ?",
				this.cluster);
		assertThat(((Number) rollup.get("resolved")).intValue()).isZero();
		assertThat(((Number) rollup.get("retired")).intValue()).isEqualTo(1);
		assertThat(((Number) rollup.get("fix")).longValue()).isZero();
	}

	@Test
	void aFailureAfterTheUpsertRollsTheWholeReconcileBack() {
		this.reconciler.reconcile(scan(this.cluster, 1, T0, List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		List<Map<String, Object>> findings = findings();
		List<String> events = events();
		long scores = count("cluster_score");
		ApplicationListener<PayloadApplicationEvent<FindingsReconciled>> crash = (event) -> {
			if (event.getPayload().outcome().clusterId().equals(this.cluster)) {
				throw new IllegalStateException("simulated crash after the findings were written");
			}
		};
		this.multicaster.addApplicationListener(crash);
		try {
			assertThatThrownBy(() -> this.reconciler.reconcile(scan(this.cluster, 2, T0.plusSeconds(300),
					List.of(pass(RUN_AS_ROOT, "shop", "cart"), fail(PDB, "shop", "cart")))))
				.hasMessageContaining("simulated crash");
		}
		finally {
			this.multicaster.removeApplicationListener(crash);
		}
		assertThat(findings()).isEqualTo(findings);
		assertThat(events()).isEqualTo(events);
		assertThat(count("cluster_score")).isEqualTo(scores);

		// The next scan works normally on the untouched state.
		assertThat(this.reconciler.reconcile(scan(this.cluster, 3, T0.plusSeconds(600),
				List.of(pass(RUN_AS_ROOT, "shop", "cart"), fail(PDB, "shop", "cart")))))
			.isEqualTo(new ReconcileSummary(1, 1, 0, 0, 0, 0));
	}

	@Test
	void eventsGoIntoAPartitionOfTheirMonthAndOldMonthsAreDropped() {
		Instant inMay = Instant.parse("2031-05-31T23:59:59Z");
		this.reconciler.reconcile(scan(this.cluster, 1, inMay, List.of(fail(RUN_AS_ROOT, "shop", "cart"))));
		assertThat(this.partitions.partitions()).contains("finding_event_p203105", "finding_event_p203106");
		String partition = this.jdbc.queryForObject(
				"SELECT tableoid::regclass::text FROM finding_event WHERE cluster_id = ?", String.class, this.cluster);
		assertThat(partition).isEqualTo("finding_event_p203105");

		YearMonth longAgo = YearMonth.now(ZoneOffset.UTC).minusMonths(20);
		this.partitions.ensure(longAgo.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		assertThat(this.partitions.partitions()).contains(FindingEventPartitions.partitionName(longAgo));
		List<String> dropped = this.partitions.dropExpired();
		assertThat(dropped).contains(FindingEventPartitions.partitionName(longAgo))
			.doesNotContain(FindingEventPartitions.partitionName(YearMonth.now(ZoneOffset.UTC)));
		assertThat(this.partitions.partitions()).doesNotContain(FindingEventPartitions.partitionName(longAgo))
			.contains(FindingEventPartitions.partitionName(YearMonth.now(ZoneOffset.UTC)), "finding_event_p203105");
	}

	private Map<String, Object> onlyFinding() {
		List<Map<String, Object>> findings = findings();
		assertThat(findings).hasSize(1);
		return findings.get(0);
	}

	private List<Map<String, Object>> findings() {
		return this.jdbc.queryForList("SELECT * FROM finding WHERE cluster_id = ? ORDER BY id", this.cluster);
	}

	private Map<String, String> statusByCheck() {
		Map<String, String> statuses = new java.util.HashMap<>();
		this.jdbc.query("SELECT check_id, status FROM finding WHERE cluster_id = ?", (rs) -> {
			statuses.put(rs.getString(1), rs.getString(2));
		}, this.cluster);
		return statuses;
	}

	private List<String> events() {
		return this.jdbc
			.queryForList("SELECT type || ' ' || coalesce(scan_id::text, '-') || ' ' || reason FROM finding_event "
					+ "WHERE cluster_id = ? ORDER BY id", String.class, this.cluster);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE cluster_id = ?", Long.class,
				this.cluster);
	}

}
