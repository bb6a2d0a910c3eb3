package dev.fleetward.trends;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.WebClient;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.findings.FindingsFixtures;
import dev.fleetward.findings.FindingsReconciler;

import static dev.fleetward.findings.FindingsFixtures.HOST_PORT;
import static dev.fleetward.findings.FindingsFixtures.RUN_AS_ROOT;
import static dev.fleetward.findings.FindingsFixtures.fail;
import static dev.fleetward.findings.FindingsFixtures.pass;
import static dev.fleetward.findings.FindingsFixtures.result;
import static dev.fleetward.findings.FindingsFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TrendsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant MORNING = Instant.parse("2030-06-01T08:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindingsReconciler reconciler;

	private UUID cluster;

	@BeforeEach
	void registerCluster() {
		this.cluster = FindingsFixtures.cluster(this.jdbc, "trends-" + UUID.randomUUID());
	}

	@Test
	void everyReconcileStoresScoresAndFoldsIntoTodaysRollup() {
		this.reconciler.reconcile(scan(this.cluster, 1, MORNING,
				List.of(fail(RUN_AS_ROOT, "shop", "cart"), fail(RUN_AS_ROOT, "shop", "web"),
						pass(RUN_AS_ROOT, "shop", "db"),
						result(HOST_PORT, CheckStatus.UNKNOWN, "shop", "cart", "app"))));
		// Two hours later one of the two is fixed.
		this.reconciler.reconcile(scan(this.cluster, 2, MORNING.plusSeconds(7200), List
			.of(fail(RUN_AS_ROOT, "shop", "cart"), pass(RUN_AS_ROOT, "shop", "web"), pass(RUN_AS_ROOT, "shop", "db"))));

		Map<String, Object> first = score(1, "SECURITY");
		assertThat((java.math.BigDecimal) first.get("score")).isEqualByComparingTo("33.3");
		assertThat(first.get("grade")).isEqualTo("F");
		assertThat(score(1, "NETWORKING").get("score")).as("only UNKNOWN: N/A").isNull();
		assertThat(score(1, "NETWORKING").get("grade")).isNull();
		assertThat((java.math.BigDecimal) score(2, "OVERALL").get("score")).isEqualByComparingTo("66.7");

		Map<String, Object> rollup = this.jdbc.queryForMap(
				"SELECT * FROM daily_rollup WHERE cluster_id = ? AND area = 'SECURITY' AND severity = 'MEDIUM'",
				this.cluster);
		assertThat(rollup).containsEntry("open_count", 1)
			.containsEntry("new_count", 2)
			.containsEntry("resolved_count", 1)
			.containsEntry("fix_seconds_sum", 7200L);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM daily_rollup WHERE cluster_id = ?", Long.class,
				this.cluster))
			.as("every area and severity, so charts have zeros too")
			.isEqualTo(20L);

		String token = viewerToken();
		HttpResponse<String> scores = new WebClient(this.port).get("/api/v1/clusters/" + this.cluster
				+ "/scores?area=SECURITY&from=2030-06-01T00:00:00Z&to=2030-06-02T00:00:00Z", token);
		assertThat(scores.statusCode()).as(scores.body()).isEqualTo(200);
		JsonNode points = JSON.readTree(scores.body()).get("points");
		assertThat(points).hasSize(2);
		assertThat(points.get(1).get("score").asDouble()).isEqualTo(66.7); // 2 of 3
																			// medium pass

		HttpResponse<String> trends = new WebClient(this.port)
			.get("/api/v1/trends?cluster=" + this.cluster + "&area=SECURITY&from=2030-06-01&to=2030-06-01", token);
		assertThat(trends.statusCode()).as(trends.body()).isEqualTo(200);
		JsonNode medium = null;
		for (JsonNode point : JSON.readTree(trends.body())) {
			if ("MEDIUM".equals(point.get("severity").asString())) {
				medium = point;
			}
		}
		assertThat(medium).isNotNull();
		assertThat(medium.get("open").asInt()).isEqualTo(1);
		assertThat(medium.get("resolved").asInt()).isEqualTo(1);
		assertThat(medium.get("meanTimeToFixSeconds").asLong()).isEqualTo(7200);
	}

	@Test
	void theReadApiNeedsSignInAndNamesBadInput() {
		WebClient client = new WebClient(this.port);
		assertThat(client.get("/api/v1/trends").statusCode()).isEqualTo(401);
		String token = viewerToken();
		HttpResponse<String> reversed = client.get("/api/v1/trends?from=2030-06-02&to=2030-06-01", token);
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.body()).contains("\"field\":\"from\"");
		assertThat(client.get("/api/v1/trends?area=SPEED", token).statusCode()).isEqualTo(400);
		assertThat(client.get("/api/v1/clusters/" + UUID.randomUUID() + "/scores", token).statusCode()).isEqualTo(404);
	}

	private Map<String, Object> score(long scanId, String area) {
		return this.jdbc.queryForMap("SELECT * FROM cluster_score WHERE cluster_id = ? AND scan_id = ? AND area = ?",
				this.cluster, scanId, area);
	}

	private String viewerToken() {
		WebClient admin = new WebClient(this.port);
		assertThat(admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		HttpResponse<String> created = admin.postJson("/api/v1/tokens",
				"{\"name\":\"charts\",\"role\":\"VIEWER\",\"scopes\":[\"read\"]}", true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("value").asString();
	}

}
