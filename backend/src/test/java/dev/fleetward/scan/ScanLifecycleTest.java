package dev.fleetward.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.cluster.Cluster;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.NewCluster;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.scan.internal.ClusterScanner;
import dev.fleetward.scan.internal.ScanRuns;
import dev.fleetward.simulator.ClusterSpec;
import dev.fleetward.simulator.Drift;
import dev.fleetward.simulator.FleetSpec;
import dev.fleetward.simulator.SimulatedCluster;
import dev.fleetward.simulator.SimulatedFleet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Register → scan → findings, then fix, break, lose and restrict the simulated cluster
 * and watch the findings follow (invariants 2 and 3), against the embedded PostgreSQL.
 */
@SpringBootTest(properties = { "fleetward.scan.read-timeout=2s", "fleetward.scan.connect-timeout=2s" })
class ScanLifecycleTest {

	@TempDir
	static Path kubeconfigs;

	static SimulatedFleet fleet;

	static SimulatedCluster prodEu;

	@Autowired
	ClusterRegistry registry;

	@Autowired
	ClusterScanner scanner;

	@Autowired
	ScanRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	UUID clusterId;

	@BeforeAll
	static void startFleet() {
		fleet = SimulatedFleet.start(FleetSpec.of(ClusterSpec.builtIn("prod-eu")), kubeconfigs);
		prodEu = fleet.cluster("prod-eu");
	}

	@AfterAll
	static void stopFleet() {
		fleet.close();
	}

	@BeforeEach
	void register() {
		Cluster cluster = this.registry
			.register(new NewCluster("prod-eu-" + UUID.randomUUID().toString().substring(0, 6), "prod", "platform",
					Map.of(), ClusterAccess.fromKubeconfig(prodEu.kubeconfig(), null), true, null), "test");
		this.clusterId = cluster.id();
	}

	@AfterEach
	void reset() {
		prodEu.faults().clear();
		prodEu.drift().cancelSchedules();
		for (Drift drift : prodEu.drift().applied()) {
			prodEu.drift().revert(drift);
		}
		this.registry.delete(this.clusterId);
	}

	private ScanRun scan() {
		long scanId = this.scanner.scan(this.clusterId, "MANUAL");
		return this.runs.find(scanId).orElseThrow();
	}

	private List<Map<String, Object>> findings(String checkId) {
		return this.jdbc.queryForList("SELECT * FROM finding WHERE cluster_id = ? AND check_id = ? ORDER BY id",
				this.clusterId, checkId);
	}

	private List<Map<String, Object>> allFindings() {
		return this.jdbc.queryForList(
				"SELECT id, status, last_seen_at, resolved_at FROM finding WHERE cluster_id = ? ORDER BY id",
				this.clusterId);
	}

	@Test
	void findingOpensResolvesAndReopensWithTheSameId() {
		assertThat(scan().outcome()).isEqualTo(ScanOutcomeKind.SUCCEEDED);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM finding WHERE cluster_id = ? AND status = 'OPEN'",
				Integer.class, this.clusterId))
			.as("prod-eu has a handful of real findings")
			.isPositive();
		assertThat(findings("sec-pod-privileged")).isEmpty();

		prodEu.drift().apply(Drift.ADD_PRIVILEGED_POD);
		scan();
		List<Map<String, Object>> opened = findings("sec-pod-privileged");
		assertThat(opened).hasSize(1).first().satisfies((f) -> assertThat(f.get("status")).isEqualTo("OPEN"));
		Object id = opened.get(0).get("id");

		prodEu.drift().revert(Drift.ADD_PRIVILEGED_POD);
		scan();
		assertThat(findings("sec-pod-privileged")).singleElement().satisfies((f) -> {
			assertThat(f.get("status")).isEqualTo("RESOLVED");
			assertThat(f.get("resolution_reason")).isEqualTo("resource gone");
		});

		prodEu.drift().apply(Drift.ADD_PRIVILEGED_POD);
		scan();
		assertThat(findings("sec-pod-privileged")).singleElement().satisfies((f) -> {
			assertThat(f.get("status")).isEqualTo("OPEN");
			assertThat(f.get("id")).isEqualTo(id);
		});
		assertThat(this.jdbc.queryForList("SELECT type FROM finding_event WHERE finding_id = ? ORDER BY at, id",
				String.class, id))
			.containsExactly("OPENED", "RESOLVED", "REOPENED");
		String name = this.registry.get(this.clusterId).name();
		assertThat(this.meters.get("fleetward.scan.duration")
			.tag("cluster", name)
			.tag("outcome", "SUCCEEDED")
			.timer()
			.count()).isEqualTo(4);
		assertThat(this.meters.get("fleetward.scan.lag.seconds").gauge()).isNotNull();
	}

	@Test
	void insecureTlsIsItselfAFinding() {
		scan();
		assertThat(findings("sec-api-server-tls-verified")).isEmpty();
		ClusterAccess verified = ClusterAccess.fromKubeconfig(prodEu.kubeconfig(), null);
		this.registry.replaceAccess(this.clusterId,
				new ClusterAccess(verified.server(), null, verified.bearerToken(), null, null, true), "admin");
		scan();
		assertThat(findings("sec-api-server-tls-verified")).singleElement().satisfies((f) -> {
			assertThat(f.get("status")).isEqualTo("OPEN");
			assertThat(f.get("severity")).isEqualTo("HIGH");
		});
	}

	@Test
	void unreachableClusterChangesNoFindingAndTurnsStaleAfterThreeFailures() {
		scan();
		List<Map<String, Object>> before = allFindings();
		prodEu.faults().unreachable();
		for (int i = 0; i < 3; i++) {
			ScanRun failed = scan();
			assertThat(failed.outcome()).isEqualTo(ScanOutcomeKind.FAILED);
			assertThat(failed.error()).contains("refused");
		}
		assertThat(allFindings()).isEqualTo(before);
		assertThat(this.registry.get(this.clusterId).health().name()).isEqualTo("STALE");

		prodEu.faults().clear();
		assertThat(scan().outcome()).isEqualTo(ScanOutcomeKind.SUCCEEDED);
		assertThat(this.registry.get(this.clusterId).health().name()).isEqualTo("HEALTHY");
	}

	@Test
	void forbiddenKindMakesThePartialScanLeaveDependentFindingsAlone() {
		prodEu.drift().apply(Drift.ADD_PRIVILEGED_POD);
		scan();
		assertThat(findings("sec-pod-privileged")).singleElement()
			.satisfies((f) -> assertThat(f.get("status")).isEqualTo("OPEN"));

		prodEu.drift().revert(Drift.ADD_PRIVILEGED_POD);
		prodEu.faults().forbid("pods");
		ScanRun partial = scan();
		assertThat(partial.outcome()).isEqualTo(ScanOutcomeKind.PARTIAL);
		assertThat(partial.coverage().get("Pod").toString()).contains("FORBIDDEN");
		assertThat(findings("sec-pod-privileged")).singleElement()
			.as("not readable is not fixed")
			.satisfies((f) -> assertThat(f.get("status")).isEqualTo("OPEN"));
	}

	@Test
	void aScanLeftRunningByAStoppedAppIsClosedAndTheNextScanCompletes() {
		this.jdbc.update(
				"INSERT INTO scan_run (cluster_id, trigger, started_at, outcome, kinds_total, instance)"
						+ " VALUES (?, 'SCHEDULE', now() - interval '10 minutes', 'RUNNING', 35, 'gone')",
				this.clusterId);
		ScanRun next = scan();
		assertThat(next.outcome()).isEqualTo(ScanOutcomeKind.SUCCEEDED);
		assertThat(this.runs.recent(this.clusterId, 10)).extracting(ScanRun::outcome)
			.containsExactly(ScanOutcomeKind.SUCCEEDED, ScanOutcomeKind.FAILED);
		assertThat(this.runs.recent(this.clusterId, 10).get(1).error()).contains("interrupted");
	}

	@Test
	void noTableHoldsATokenKeyOrCertificateInClear() throws Exception {
		scan();
		String caBody = prodEu.caCertPem().lines().filter((l) -> !l.startsWith("-----")).findFirst().orElseThrow();
		String key = Files.readString(Path.of("target/test-keys/encryption.key")).strip();
		List<String> tables = this.jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
				String.class);
		assertThat(tables).contains("cluster", "finding", "scan_run", "api_token", "user_account");
		for (String table : tables) {
			String dump = this.jdbc.queryForList("SELECT t::text AS row FROM " + table + " t", String.class).toString();
			assertThat(dump).as(table)
				.doesNotContain(prodEu.token())
				.doesNotContain(caBody)
				.doesNotContain(key)
				.doesNotContain("BEGIN CERTIFICATE")
				.doesNotContain("PRIVATE KEY");
		}
	}

}
