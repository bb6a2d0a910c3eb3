package dev.fleetward.findings;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

import static dev.fleetward.findings.FindingsFixtures.PDB;
import static dev.fleetward.findings.FindingsFixtures.RUN_AS_ROOT;
import static dev.fleetward.findings.FindingsFixtures.fail;
import static dev.fleetward.findings.FindingsFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExemptionsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindingsReconciler reconciler;

	@Autowired
	Exemptions exemptions;

	/** Unique per test, so a wildcard over it matches no other test's clusters. */
	private String clusterPrefix;

	private UUID cluster;

	private String operator;

	private String viewer;

	@BeforeEach
	void setUp() {
		this.clusterPrefix = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
		this.cluster = FindingsFixtures.cluster(this.jdbc, this.clusterPrefix + "-eu-west");
		WebClient admin = new WebClient(this.port);
		assertThat(admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		this.operator = token(admin, "OPERATOR", "[\"read\",\"write\"]");
		this.viewer = token(admin, "VIEWER", "[\"read\",\"write\"]");
	}

	@Test
	void aWildcardExemptionExemptsMatchingFindingsUntilItExpires() {
		Instant now = Instant.now();
		this.reconciler.reconcile(scan(this.cluster, 1, now, List.of(fail(RUN_AS_ROOT, "batch-1", "etl"),
				fail(RUN_AS_ROOT, "shop", "cart"), fail(PDB, "batch-2", "x"))));

		HttpResponse<String> created = create("""
				{"checkId":"sec-container-*","cluster":"%s-*","namespace":"batch-*","name":"*",
				 "owner":"data-team","reason":"vendor image runs as root until the 2.0 upgrade",
				 "ticketUrl":"https://tickets.example/OPS-12","expiresAt":"%s"}""".formatted(this.clusterPrefix,
				now.plus(30, ChronoUnit.DAYS)), this.operator);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		assertThat(body.get("findingsExempted").asInt()).isEqualTo(1);
		assertThat(body.get("exemption").get("approvedBy").asString()).isEqualTo("token:operator");
		assertThat(body.get("exemption").get("state").asString()).isEqualTo("ACTIVE");
		long exemptionId = body.get("exemption").get("id").asLong();
		assertThat(status(RUN_AS_ROOT, "batch-1")).isEqualTo("EXEMPTED");
		assertThat(status(RUN_AS_ROOT, "shop")).isEqualTo("OPEN");
		assertThat(status(PDB, "batch-2")).isEqualTo("OPEN");

		// A new failure the exemption covers is created exempted; the exempted one stays
		// so.
		ReconcileSummary next = this.reconciler.reconcile(scan(this.cluster, 2, now.plusSeconds(60),
				List.of(fail(RUN_AS_ROOT, "batch-1", "etl"), fail(RUN_AS_ROOT, "batch-3", "load"),
						fail(RUN_AS_ROOT, "shop", "cart"), fail(PDB, "batch-2", "x"))));
		assertThat(next).isEqualTo(new ReconcileSummary(1, 0, 0, 1, 0, 0));
		assertThat(status(RUN_AS_ROOT, "batch-3")).isEqualTo("EXEMPTED");

		// Expiry: the sweep reopens both, with an UNEXEMPTED event each.
		this.jdbc.update("UPDATE exemption SET expires_at = ? WHERE id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(1)), exemptionId);
		this.exemptions.sweepExpired();
		assertThat(status(RUN_AS_ROOT, "batch-1")).isEqualTo("OPEN");
		assertThat(status(RUN_AS_ROOT, "batch-3")).isEqualTo("OPEN");
		assertThat(this.jdbc.queryForList(
				"SELECT e.type FROM finding_event e JOIN finding f ON f.id = e.finding_id "
						+ "WHERE f.cluster_id = ? AND f.object_namespace = 'batch-1' ORDER BY e.id",
				String.class, this.cluster))
			.containsExactly("OPENED", "EXEMPTED", "UNEXEMPTED");
		HttpResponse<String> listed = new WebClient(this.port).get("/api/v1/exemptions?state=EXPIRED", this.viewer);
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(listed.body()).contains("\"id\":" + exemptionId);
	}

	@Test
	void revokingAnExemptionReopensItsFindings() {
		Instant now = Instant.now();
		this.reconciler.reconcile(scan(this.cluster, 1, now, List.of(fail(RUN_AS_ROOT, "batch-1", "etl"))));
		HttpResponse<String> created = create(
				"{\"cluster\":\"%s\",\"owner\":\"o\",\"reason\":\"r\",\"expiresAt\":\"%s\"}".formatted(this.cluster,
						now.plus(1, ChronoUnit.DAYS)),
				this.operator);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(status(RUN_AS_ROOT, "batch-1")).isEqualTo("EXEMPTED");
		long id = JSON.readTree(created.body()).get("exemption").get("id").asLong();

		WebClient client = new WebClient(this.port);
		assertThat(client.delete("/api/v1/exemptions/" + id, this.viewer).statusCode()).isEqualTo(403);
		assertThat(client.delete("/api/v1/exemptions/" + id, this.operator).statusCode()).isEqualTo(204);
		assertThat(status(RUN_AS_ROOT, "batch-1")).isEqualTo("OPEN");
		assertThat(client.delete("/api/v1/exemptions/999999999", this.operator).statusCode()).isEqualTo(404);
	}

	@Test
	void onlySignedInOperatorsCreateExemptions() {
		String body = "{\"checkId\":\"%s\",\"owner\":\"o\",\"reason\":\"r\",\"expiresAt\":\"%s\"}".formatted(PDB,
				Instant.now().plus(1, ChronoUnit.DAYS));
		WebClient anonymous = new WebClient(this.port);
		assertThat(anonymous.get("/api/v1/exemptions").statusCode()).isEqualTo(401);
		assertThat(anonymous.postJson("/api/v1/exemptions", body, true).statusCode()).isEqualTo(401);
		HttpResponse<String> denied = create(body, this.viewer);
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.body()).contains("role");
		assertThat(anonymous.get("/api/v1/exemptions", this.viewer).statusCode()).isEqualTo(200);
	}

	@Test
	void badExemptionsAreProblemsNamingTheField() {
		String tooLate = "{\"checkId\":\"%s\",\"owner\":\"o\",\"reason\":\"r\",\"expiresAt\":\"%s\"}".formatted(PDB,
				Instant.now().plus(367, ChronoUnit.DAYS));
		assertThat(field(create(tooLate, this.operator))).isEqualTo("expiresAt");
		assertThat(field(create("{\"checkId\":\"%s\",\"owner\":\"o\",\"reason\":\"r\"}".formatted(PDB), this.operator)))
			.isEqualTo("expiresAt");
		String past = "{\"checkId\":\"%s\",\"owner\":\"o\",\"reason\":\"r\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}"
			.formatted(PDB);
		assertThat(field(create(past, this.operator))).isEqualTo("expiresAt");
		String everything = "{\"owner\":\"o\",\"reason\":\"r\",\"expiresAt\":\"%s\"}"
			.formatted(Instant.now().plus(1, ChronoUnit.DAYS));
		assertThat(field(create(everything, this.operator))).isEqualTo("checkId");
		String badPattern = "{\"checkId\":\"a%%b\",\"owner\":\"o\",\"reason\":\"r\",\"expiresAt\":\"%s\"}"
			.formatted(Instant.now().plus(1, ChronoUnit.DAYS));
		assertThat(field(create(badPattern, this.operator))).isEqualTo("checkId");
		String badTicket = "{\"checkId\":\"x\",\"owner\":\"o\",\"reason\":\"r\",\"ticketUrl\":\"javascript:alert(1)\","
				+ "\"expiresAt\":\"%s\"}".formatted(Instant.now().plus(1, ChronoUnit.DAYS));
		assertThat(field(create(badTicket, this.operator))).isEqualTo("ticketUrl");
		String noOwner = "{\"checkId\":\"x\",\"reason\":\"r\",\"expiresAt\":\"%s\"}"
			.formatted(Instant.now().plus(1, ChronoUnit.DAYS));
		assertThat(field(create(noOwner, this.operator))).isEqualTo("owner");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM exemption WHERE owner = 'o' AND reason = 'r' "
				+ "AND check_pattern IN ('x', 'a%b', '*')", Long.class))
			.isZero();
	}

	private String field(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("detail").asString()).isNotBlank();
		return problem.get("errors").get(0).get("field").asString();
	}

	private HttpResponse<String> create(String json, String token) {
		return new WebClient(this.port).postJson("/api/v1/exemptions", json, token);
	}

	private String status(String checkId, String namespace) {
		return this.jdbc.queryForObject(
				"SELECT status FROM finding WHERE cluster_id = ? AND check_id = ? AND object_namespace = ?",
				String.class, this.cluster, checkId, namespace);
	}

	private static String token(WebClient admin, String role, String scopes) {
		HttpResponse<String> created = admin.postJson("/api/v1/tokens",
				"{\"name\":\"%s\",\"role\":\"%s\",\"scopes\":%s}".formatted(role.toLowerCase(java.util.Locale.ROOT),
						role, scopes),
				true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("value").asString();
	}

}
