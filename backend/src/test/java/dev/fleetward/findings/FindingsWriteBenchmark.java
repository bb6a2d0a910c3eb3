package dev.fleetward.findings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.Severity;
import dev.fleetward.snapshot.ObjectRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long writing the findings of a large scan takes: ~60,000 failing results (the size
 * of the 14,651-pod cluster's scan) reconciled into the embedded PostgreSQL. Not a unit
 * test (its name does not end in Test, so the build does not run it); run it with
 * {@code ./mvnw -pl backend -am -Dskip.npm test -Dtest=FindingsWriteBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. It prints the times; it asserts only
 * correctness.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FindingsWriteBenchmark {

	private static final int WORKLOADS = 15_000;

	private static final List<String> CHECKS = List.of("sec-container-run-as-root", "sec-container-readonly-rootfs",
			"sec-container-seccomp", "ha-pdb-present");

	@Autowired
	FindingsReconciler reconciler;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void reconcileSixtyThousandFailures() {
		UUID cluster = FindingsFixtures.cluster(this.jdbc, "large-" + UUID.randomUUID());
		List<CheckResult> results = failures();
		Instant at = Instant.parse("2030-01-15T10:00:00Z");

		// Warm-up on another cluster, so the first figure is not the JIT's.
		UUID warm = FindingsFixtures.cluster(this.jdbc, "warm-" + UUID.randomUUID());
		this.reconciler.reconcile(scan(warm, 1, at, results.subList(0, 5_000)));

		long first = time(() -> this.reconciler.reconcile(scan(cluster, 1, at, results)));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM finding WHERE cluster_id = ? AND status = 'OPEN'",
				Long.class, cluster))
			.isEqualTo(results.size());
		List<Long> steady = new ArrayList<>();
		for (int scan = 2; scan <= 4; scan++) {
			long scanId = scan;
			Instant scanAt = at.plusSeconds(300L * scan);
			steady.add(time(() -> this.reconciler.reconcile(scan(cluster, scanId, scanAt, results))));
		}
		// A tenth of the objects fixed: 6,000 resolutions among 54,000 updates.
		List<CheckResult> mostly = new ArrayList<>(results.subList(0, results.size() * 9 / 10));
		long resolving = time(() -> this.reconciler.reconcile(scan(cluster, 5, at.plusSeconds(1800), mostly)));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM finding WHERE cluster_id = ? AND status = 'RESOLVED'",
				Long.class, cluster))
			.isEqualTo(results.size() - mostly.size());

		System.out.printf("%nFindings write benchmark, %,d FAIL results for one cluster:%n", results.size());
		System.out.printf("  first scan (all new: insert + OPENED events): %,d ms%n", first);
		System.out.printf("  unchanged rescans (update last seen):        %s ms%n", steady);
		System.out.printf("  rescan with 10%% fixed (6,000 resolutions):    %,d ms%n%n", resolving);
	}

	/** A complete scan in which every check of the catalog read all its input. */
	private static ScanOutcome scan(UUID cluster, long scanId, Instant at, List<CheckResult> results) {
		Set<String> catalog = CheckCatalog.load()
			.definitions()
			.stream()
			.map(CheckDefinition::id)
			.collect(Collectors.toSet());
		return new ScanOutcome(cluster, scanId, at, true, results, catalog, catalog);
	}

	private static List<CheckResult> failures() {
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < WORKLOADS; i++) {
			String namespace = "team-" + (i % 200);
			String name = "service-" + i;
			for (String check : CHECKS) {
				results.add(new CheckResult(check, CheckStatus.FAIL, Severity.MEDIUM,
						new ObjectRef("Deployment", namespace, name), "app",
						"Container app of " + name + " fails " + check,
						Map.of("container", "app", "image", "registry.example/" + name + ":1.4.2")));
			}
		}
		return results;
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1_000_000;
	}

}
