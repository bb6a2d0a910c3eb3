package dev.fleetward.webhook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.WebClient;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.NewCluster;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.scan.internal.ClusterScanner;
import dev.fleetward.simulator.ClusterSpec;
import dev.fleetward.simulator.FleetSpec;
import dev.fleetward.simulator.SimulatedFleet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster that stops answering announces every failed scan, and once that it went
 * stale, to the subscriptions that asked.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "fleetward.scan.read-timeout=2s", "fleetward.scan.connect-timeout=2s" })
class ClusterEventsWebhookTest {

	@TempDir
	Path kubeconfigs;

	@LocalServerPort
	int port;

	@Autowired
	ClusterRegistry registry;

	@Autowired
	ClusterScanner scanner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void failedScansAndStalenessAreAnnounced() {
		WebClient admin = new WebClient(this.port);
		admin.signIn("admin", "admin-password-for-tests");
		String subscription = JsonMapper.builder()
			.build()
			.readTree(admin
				.postJson("/api/v1/webhooks", "{\"url\":\"https://93.184.216.34/hook\","
						+ "\"events\":[\"scan.failed\",\"cluster.stale\"],\"secret\":\"0123456789abcdef-secret\"}",
						true)
				.body())
			.get("id")
			.asString();
		try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.of(ClusterSpec.builtIn("staging")),
				this.kubeconfigs)) {
			UUID id = this.registry.register(
					new NewCluster("stale-" + UUID.randomUUID().toString().substring(0, 6), "staging", null, Map.of(),
							ClusterAccess.fromKubeconfig(fleet.cluster("staging").kubeconfig(), null), false, null),
					"test")
				.id();
			fleet.cluster("staging").faults().unreachable();
			for (int i = 0; i < 4; i++) {
				this.scanner.scan(id, "MANUAL");
			}
			List<String> types = this.jdbc.queryForList(
					"SELECT event_type FROM webhook_outbox WHERE subscription_id = ?::uuid ORDER BY id", String.class,
					subscription);
			assertThat(types).containsExactly("scan.failed", "scan.failed", "scan.failed", "cluster.stale",
					"scan.failed");
			String payload = this.jdbc
				.queryForObject("SELECT payload FROM webhook_outbox WHERE subscription_id = ?::uuid"
						+ " AND event_type = 'scan.failed' ORDER BY id LIMIT 1", String.class, subscription);
			assertThat(payload).contains("\"error\"").contains("refused");
			this.registry.delete(id);
		}
	}

}
