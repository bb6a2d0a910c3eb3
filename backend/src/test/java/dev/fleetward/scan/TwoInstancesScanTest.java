package dev.fleetward.scan;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.Application;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.NewCluster;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.simulator.ClusterSpec;
import dev.fleetward.simulator.FleetSpec;
import dev.fleetward.simulator.SimulatedFleet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one database, both scheduling: one cluster is never scanned twice
 * at the same time, and every scan is recorded once.
 */
class TwoInstancesScanTest {

	@TempDir
	Path kubeconfigs;

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--db-scheduler.enabled=true",
				"--db-scheduler.polling-interval=200ms", "--db-scheduler.threads=2");
	}

	@Test
	void oneClusterIsNeverScannedTwiceAtOnce() throws Exception {
		try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.of(ClusterSpec.builtIn("staging")),
				this.kubeconfigs);
				ConfigurableApplicationContext first = instance();
				ConfigurableApplicationContext second = instance()) {
			ClusterRegistry registry = first.getBean(ClusterRegistry.class);
			UUID id = registry
				.register(new NewCluster("staging-" + UUID.randomUUID().toString().substring(0, 6), "staging", null,
						Map.of(), ClusterAccess.fromKubeconfig(fleet.cluster("staging").kubeconfig(), null), false,
						Duration.ofSeconds(30)), "test")
				.id();
			ScanScheduler[] schedulers = { first.getBean(ScanScheduler.class), second.getBean(ScanScheduler.class) };
			Instant until = Instant.now().plusSeconds(12);
			for (int i = 0; Instant.now().isBefore(until); i++) {
				schedulers[i % 2].scanNow(id);
				Thread.sleep(150);
			}
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			awaitNoRunningScan(jdbc, id);

			List<Map<String, Object>> scans = jdbc
				.queryForList("SELECT id, started_at, finished_at, instance, outcome FROM scan_run WHERE cluster_id = ?"
						+ " ORDER BY started_at", id);
			assertThat(scans).hasSizeGreaterThanOrEqualTo(2);
			assertThat(scans).allSatisfy((scan) -> assertThat(scan.get("outcome")).isIn("SUCCEEDED", "PARTIAL"));
			for (int i = 1; i < scans.size(); i++) {
				Instant previousEnd = ((Timestamp) scans.get(i - 1).get("finished_at")).toInstant();
				Instant nextStart = ((Timestamp) scans.get(i).get("started_at")).toInstant();
				assertThat(nextStart)
					.as("scan %s started before scan %s ended", scans.get(i).get("id"), scans.get(i - 1).get("id"))
					.isAfterOrEqualTo(previousEnd);
			}
			registry.delete(id);
		}
	}

	private static void awaitNoRunningScan(JdbcTemplate jdbc, UUID id) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			Integer running = jdbc.queryForObject(
					"SELECT count(*) FROM scan_run WHERE cluster_id = ? AND outcome = 'RUNNING'", Integer.class, id);
			if (running == 0) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("a scan was still running after 60 s");
	}

}
