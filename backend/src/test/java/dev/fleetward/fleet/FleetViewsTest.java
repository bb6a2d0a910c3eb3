package dev.fleetward.fleet;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
import dev.fleetward.findings.FindingsFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet page and the dashboard's chart read only the latest of many stored scans and
 * rollups: which one counts is what these pin down.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FleetViewsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDate FIRST = LocalDate.parse("2031-03-01");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private UUID cluster;

	private WebClient admin;

	private long scanId;

	@BeforeEach
	void cluster() {
		this.cluster = FindingsFixtures.cluster(this.jdbc, "fleet-" + UUID.randomUUID());
		this.admin = new WebClient(this.port);
		assertThat(this.admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
	}

	@Test
	void aDaysScoreIsItsLastScanAndADayWithoutScansHasNone() {
		score("2031-03-01T00:00:00Z", "OVERALL", "60.0");
		score("2031-03-01T23:59:59Z", "OVERALL", "80.0");
		score("2031-03-01T23:59:59.5Z", "HA", "10.0");
		score("2031-03-03T00:00:00Z", "OVERALL", "70.0");
		score("2031-03-04T00:00:00Z", "OVERALL", "90.0");

		JsonNode days = get("/api/v1/fleet/trend?cluster=" + this.cluster + "&from=2031-03-01&to=2031-03-03")
			.get("days");

		assertThat(days).hasSize(3);
		assertThat(days.get(0).get("day").asString()).isEqualTo("2031-03-01");
		assertThat(days.get(0).get("score").asDouble()).isEqualTo(80.0);
		assertThat(days.get(1).get("score").isNull()).isTrue();
		assertThat(days.get(2).get("score").asDouble()).isEqualTo(70.0);
	}

	@Test
	void theSummaryShowsEachAreasLatestScoreAndTheLatestDaysOpenFindings() {
		JsonNode before = get("/api/v1/fleet/summary").get("openBySeverity");
		score("2031-03-01T08:00:00Z", "OVERALL", "95.0");
		score("2031-03-02T08:00:00Z", "OVERALL", "65.0");
		score("2031-03-01T09:00:00Z", "NETWORKING", "40.0");
		rollup(FIRST, "CRITICAL", 5);
		rollup(FIRST.plusDays(1), "CRITICAL", 2);
		rollup(FIRST.plusDays(1), "LOW", 7);

		JsonNode summary = get("/api/v1/fleet/summary");

		JsonNode ours = null;
		for (JsonNode cluster : summary.get("clusterScores")) {
			if (cluster.get("clusterId").asString().equals(this.cluster.toString())) {
				ours = cluster;
			}
		}
		assertThat(ours).isNotNull();
		assertThat(ours.get("score").asDouble()).isEqualTo(65.0);
		assertThat(ours.get("grade").asString()).isEqualTo("D");
		assertThat(ours.get("areas").get("NETWORKING").get("score").asDouble()).isEqualTo(40.0);
		assertThat(ours.get("areas").has("HA")).isFalse();
		JsonNode open = summary.get("openBySeverity");
		assertThat(open.get("critical").asLong() - before.get("critical").asLong()).isEqualTo(2);
		assertThat(open.get("low").asLong() - before.get("low").asLong()).isEqualTo(7);
	}

	private void score(String at, String area, String score) {
		this.jdbc.update("""
				INSERT INTO cluster_score (cluster_id, scan_id, scanned_at, area, score, grade, passed_weight,
				    failed_weight, passed, failed, exempted)
				VALUES (?, ?, ?, ?, ?::numeric, CASE WHEN ?::numeric >= 90 THEN 'A' WHEN ?::numeric >= 60 THEN 'D'
				    ELSE 'F' END, 1, 1, 1, 1, 0)""", this.cluster, ++this.scanId, Timestamp.from(Instant.parse(at)),
				area, score, score, score);
	}

	private void rollup(LocalDate day, String severity, int open) {
		this.jdbc.update("""
				INSERT INTO daily_rollup (day, cluster_id, area, severity, open_count, exempted_count, new_count,
				    reopened_count, resolved_count, retired_count, fix_seconds_sum, updated_at)
				VALUES (?, ?, 'SECURITY', ?, ?, 0, 0, 0, 0, 0, 0, now())""", day, this.cluster, severity, open);
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = this.admin.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
