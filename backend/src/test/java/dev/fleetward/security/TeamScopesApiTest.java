package dev.fleetward.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
import dev.fleetward.checks.CheckResult;
import dev.fleetward.findings.FindingsFixtures;
import dev.fleetward.findings.FindingsReconciler;

import static dev.fleetward.findings.FindingsFixtures.RUN_AS_ROOT;
import static dev.fleetward.findings.FindingsFixtures.fail;
import static dev.fleetward.findings.FindingsFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariant 8 over HTTP: a user and a token scoped to team alpha see alpha's cluster and
 * nothing of bravo's or of the cluster without a team, in lists, details, exports and
 * every aggregate; a fleet-wide viewer sees all three.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TeamScopesApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "a-long-password-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindingsReconciler reconciler;

	String suffix;

	String alpha;

	String bravo;

	UUID alphaCluster;

	UUID bravoCluster;

	UUID teamlessCluster;

	long alphaScan;

	long bravoScan;

	WebClient admin;

	WebClient alphaUser;

	String alphaToken;

	WebClient fleetViewer;

	@BeforeEach
	void fleetOfTwoTeams() {
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.alpha = "alpha-" + this.suffix;
		this.bravo = "bravo-" + this.suffix;
		this.alphaCluster = FindingsFixtures.cluster(this.jdbc, "ca-" + this.suffix, this.alpha);
		this.bravoCluster = FindingsFixtures.cluster(this.jdbc, "cb-" + this.suffix, this.bravo);
		this.teamlessCluster = FindingsFixtures.cluster(this.jdbc, "cc-" + this.suffix, null);
		this.alphaScan = scanned(this.alphaCluster, 3, 2, fail(RUN_AS_ROOT, "shop", "a-web-" + this.suffix),
				fail(RUN_AS_ROOT, "shop", "a-db-" + this.suffix));
		this.bravoScan = scanned(this.bravoCluster, 10, 7, fail(RUN_AS_ROOT, "shop", "b-web-" + this.suffix));
		scanned(this.teamlessCluster, 20, 11, fail(RUN_AS_ROOT, "shop", "c-web-" + this.suffix));

		this.admin = signedIn("admin", "admin-password-for-tests");
		createUser("alpha-op-" + this.suffix, "OPERATOR", "[\"" + this.alpha + "\"]");
		this.alphaUser = signedIn("alpha-op-" + this.suffix, PASSWORD);
		this.alphaToken = token(
				"{\"name\":\"alpha-" + this.suffix + "\",\"role\":\"VIEWER\",\"teams\":[\"" + this.alpha + "\"]}");
		createUser("fleet-viewer-" + this.suffix, "VIEWER", "null");
		this.fleetViewer = signedIn("fleet-viewer-" + this.suffix, PASSWORD);
	}

	/** A finished scan with these pass/fail counts of run-as-root, and its findings. */
	private long scanned(UUID cluster, int passing, int failing, CheckResult... failures) {
		Instant now = Instant.now();
		Long scanId = this.jdbc.queryForObject("""
				INSERT INTO scan_run (cluster_id, trigger, started_at, finished_at, outcome, counts)
				VALUES (?, 'MANUAL', now(), now(), 'SUCCEEDED', ?::jsonb) RETURNING id""", Long.class, cluster,
				"{\"byCheck\":{\"" + RUN_AS_ROOT + "\":[" + passing + "," + failing + "]}}");
		this.reconciler.reconcile(scan(cluster, scanId, now, List.of(failures)));
		return scanId;
	}

	private WebClient signedIn(String username, String password) {
		WebClient client = new WebClient(this.port);
		HttpResponse<String> response = client.signIn(username, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return client;
	}

	private void createUser(String username, String role, String teams) {
		HttpResponse<String> created = this.admin.postJson("/api/v1/users", "{\"username\":\"" + username
				+ "\",\"role\":\"" + role + "\",\"teams\":" + teams + ",\"password\":\"" + PASSWORD + "\"}", true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private String token(String request) {
		HttpResponse<String> created = this.admin.postJson("/api/v1/tokens", request, true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("value").asString();
	}

	/**
	 * The alpha-scoped user (session) and token, as two ways to ask the same question.
	 */
	private List<Function<String, HttpResponse<String>>> alphaCallers() {
		WebClient integration = new WebClient(this.port);
		return List.of(this.alphaUser::get, (path) -> integration.get(path, this.alphaToken));
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((item) -> values.add(item.get(field).asString()));
		return values;
	}

	private long findingOf(UUID cluster) {
		return this.jdbc.queryForObject("SELECT min(id) FROM finding WHERE cluster_id = ?", Long.class, cluster);
	}

	@Test
	void otherTeamsClustersAndScansAreNotFoundLikeUnknownIds() {
		UUID unknown = UUID.randomUUID();
		for (Function<String, HttpResponse<String>> caller : alphaCallers()) {
			List<String> listed = values(ok(caller.apply("/api/v1/clusters")), "id");
			assertThat(listed).containsExactly(this.alphaCluster.toString());
			ok(caller.apply("/api/v1/clusters/" + this.alphaCluster));
			ok(caller.apply("/api/v1/clusters/" + this.alphaCluster + "/scans"));
			ok(caller.apply("/api/v1/scans/" + this.alphaScan));
			ok(caller.apply("/api/v1/clusters/" + this.alphaCluster + "/scores"));

			for (UUID hidden : List.of(this.bravoCluster, this.teamlessCluster)) {
				for (String path : List.of("", "/scans", "/scores")) {
					HttpResponse<String> refused = caller.apply("/api/v1/clusters/" + hidden + path);
					HttpResponse<String> absent = caller.apply("/api/v1/clusters/" + unknown + path);
					assertThat(refused.statusCode()).as(path).isEqualTo(404).isEqualTo(absent.statusCode());
					assertThat(JSON.readTree(refused.body()).get("detail").asString())
						.isEqualTo("No cluster " + hidden);
				}
				assertThat(caller.apply("/api/v1/trends?cluster=" + hidden).statusCode()).isEqualTo(404);
			}
			assertThat(caller.apply("/api/v1/scans/" + this.bravoScan).statusCode()).isEqualTo(404);
		}
		assertThat(values(ok(this.fleetViewer.get("/api/v1/clusters")), "id")).contains(this.alphaCluster.toString(),
				this.bravoCluster.toString(), this.teamlessCluster.toString());
		ok(this.fleetViewer.get("/api/v1/scans/" + this.bravoScan));
		ok(this.fleetViewer.get("/api/v1/clusters/" + this.teamlessCluster));
	}

	@Test
	void findingsListAndDetailHoldOnlyTheCallersTeams() {
		long alphaFinding = findingOf(this.alphaCluster);
		long bravoFinding = findingOf(this.bravoCluster);
		for (Function<String, HttpResponse<String>> caller : alphaCallers()) {
			JsonNode all = ok(caller.apply("/api/v1/findings?limit=500")).get("items");
			assertThat(values(all, "name")).containsExactlyInAnyOrder("a-web-" + this.suffix, "a-db-" + this.suffix);
			assertThat(ok(caller.apply("/api/v1/findings?cluster=" + this.bravoCluster)).get("items")).isEmpty();
			assertThat(ok(caller.apply("/api/v1/findings?team=" + this.bravo)).get("items"))
				.as("the team filter narrows, it never widens")
				.isEmpty();
			ok(caller.apply("/api/v1/findings/" + alphaFinding));
			HttpResponse<String> hidden = caller.apply("/api/v1/findings/" + bravoFinding);
			assertThat(hidden.statusCode()).isEqualTo(404);
			assertThat(hidden.body()).doesNotContain("b-web");
		}
		JsonNode fleet = ok(this.fleetViewer.get("/api/v1/findings?team=" + this.bravo)).get("items");
		assertThat(values(fleet, "name")).containsExactly("b-web-" + this.suffix);
		ok(this.fleetViewer.get("/api/v1/findings/" + bravoFinding));
	}

	@Test
	void operatorsCannotTriageOtherTeamsFindings() {
		long alphaFinding = findingOf(this.alphaCluster);
		long bravoFinding = findingOf(this.bravoCluster);
		String ticket = "{\"system\":\"jira\",\"key\":\"OPS-1\"}";
		assertThat(this.alphaUser.putJson("/api/v1/findings/" + bravoFinding + "/ticket", ticket, true).statusCode())
			.isEqualTo(404);
		assertThat(this.alphaUser.postJson("/api/v1/findings/" + bravoFinding + "/acknowledge", "", true).statusCode())
			.isEqualTo(404);
		assertThat(this.alphaUser.delete("/api/v1/findings/" + bravoFinding + "/ticket", true).statusCode())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForMap("SELECT ticket_key, acknowledged_by FROM finding WHERE id = ?", bravoFinding))
			.containsEntry("ticket_key", null)
			.containsEntry("acknowledged_by", null);
		ok(this.alphaUser.putJson("/api/v1/findings/" + alphaFinding + "/ticket", ticket, true));
		ok(this.alphaUser.postJson("/api/v1/findings/" + alphaFinding + "/acknowledge", "", true));
	}

	@Test
	void exportsHoldOnlyTheCallersTeams() {
		for (Function<String, HttpResponse<String>> caller : alphaCallers()) {
			for (String format : List.of("csv", "json", "sarif")) {
				HttpResponse<String> export = caller.apply("/api/v1/findings/export." + format);
				assertThat(export.statusCode()).as(format).isEqualTo(200);
				assertThat(export.body()).as(format)
					.contains("a-web-" + this.suffix, "a-db-" + this.suffix)
					.doesNotContain("b-web-" + this.suffix, "c-web-" + this.suffix, "cb-" + this.suffix);
			}
		}
		HttpResponse<String> fleet = this.fleetViewer.get("/api/v1/findings/export.csv?namespace=shop");
		assertThat(fleet.body()).contains("a-web-" + this.suffix, "b-web-" + this.suffix, "c-web-" + this.suffix);
	}

	@Test
	void aggregatesCountOnlyTheCallersTeams() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		for (Function<String, HttpResponse<String>> caller : alphaCallers()) {
			JsonNode summary = ok(caller.apply("/api/v1/fleet/summary"));
			assertThat(summary.get("clusters").asInt()).isEqualTo(1);
			assertThat(values(summary.get("clusterScores"), "clusterId")).containsExactly(this.alphaCluster.toString());
			assertThat(summary.get("openBySeverity").get("medium").asLong()).isEqualTo(2);

			JsonNode runAsRoot = checkCounts(ok(caller.apply("/api/v1/checks")));
			assertThat(runAsRoot.get("passing").asLong()).isEqualTo(3);
			assertThat(runAsRoot.get("failing").asLong()).isEqualTo(2);

			JsonNode day = ok(caller.apply("/api/v1/fleet/trend?from=" + today + "&to=" + today)).get("days").get(0);
			assertThat(day.get("open").asLong()).isEqualTo(2);
			assertThat(day.get("opened").asLong()).isEqualTo(2);

			assertThat(openToday(ok(caller.apply("/api/v1/trends?from=" + today + "&to=" + today)))).isEqualTo(2);
		}
		JsonNode summary = ok(this.fleetViewer.get("/api/v1/fleet/summary"));
		assertThat(values(summary.get("clusterScores"), "clusterId")).contains(this.alphaCluster.toString(),
				this.bravoCluster.toString(), this.teamlessCluster.toString());
		JsonNode runAsRoot = checkCounts(ok(this.fleetViewer.get("/api/v1/checks")));
		assertThat(runAsRoot.get("failing").asLong()).isGreaterThanOrEqualTo(2 + 7 + 11);
		assertThat(openToday(ok(this.fleetViewer.get("/api/v1/trends?from=" + today + "&to=" + today))))
			.isGreaterThanOrEqualTo(4);
	}

	private static JsonNode checkCounts(JsonNode checks) {
		for (JsonNode check : checks) {
			if (RUN_AS_ROOT.equals(check.get("id").asString())) {
				return check;
			}
		}
		throw new AssertionError("no " + RUN_AS_ROOT + " in " + checks);
	}

	private static long openToday(JsonNode points) {
		long open = 0;
		for (JsonNode point : points) {
			open += point.get("open").asLong();
		}
		return open;
	}

	@Test
	void exemptionsStayWithinTheCallersTeams() {
		String body = "{\"cluster\":\"%s\",\"checkId\":\"" + RUN_AS_ROOT
				+ "\",\"owner\":\"shop\",\"reason\":\"migrating\",\"expiresAt\":\"" + Instant.now().plusSeconds(86_400)
				+ "\"}";
		HttpResponse<String> bravo = this.admin.postJson("/api/v1/exemptions", body.formatted("cb-" + this.suffix),
				true);
		assertThat(bravo.statusCode()).as(bravo.body()).isEqualTo(201);
		long bravoExemption = JSON.readTree(bravo.body()).get("exemption").get("id").asLong();

		assertThat(
				this.alphaUser.postJson("/api/v1/exemptions", body.formatted("cb-" + this.suffix), true).statusCode())
			.isEqualTo(404);
		HttpResponse<String> wildcard = this.alphaUser.postJson("/api/v1/exemptions", body.formatted("*"), true);
		assertThat(wildcard.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(wildcard.body()).get("errors").get(0).get("field").asString()).isEqualTo("cluster");
		HttpResponse<String> own = this.alphaUser.postJson("/api/v1/exemptions", body.formatted("ca-" + this.suffix),
				true);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
		assertThat(JSON.readTree(own.body()).get("findingsExempted").asInt()).isEqualTo(2);

		List<String> seen = values(ok(this.alphaUser.get("/api/v1/exemptions")), "cluster");
		assertThat(seen).contains("ca-" + this.suffix).doesNotContain("cb-" + this.suffix);
		assertThat(this.alphaUser.delete("/api/v1/exemptions/" + bravoExemption, true).statusCode()).isEqualTo(404);
		assertThat(values(ok(this.fleetViewer.get("/api/v1/exemptions")), "cluster")).contains("ca-" + this.suffix,
				"cb-" + this.suffix);
	}

	@Test
	void aTokenIsNeverWiderThanItsCreator() {
		String narrowedAdmin = token("{\"name\":\"alpha-admin-" + this.suffix
				+ "\",\"role\":\"ADMIN\",\"scopes\":[\"read\",\"write\"],\"teams\":[\"" + this.alpha + "\"]}");
		WebClient integration = new WebClient(this.port);

		HttpResponse<String> wider = integration.postJson("/api/v1/tokens",
				"{\"name\":\"wider\",\"teams\":[\"" + this.alpha + "\",\"" + this.bravo + "\"]}", narrowedAdmin);
		assertThat(wider.statusCode()).as(wider.body()).isEqualTo(400);
		assertThat(JSON.readTree(wider.body()).get("errors").get(0).get("field").asString()).isEqualTo("teams");

		HttpResponse<String> inherited = integration.postJson("/api/v1/tokens", "{\"name\":\"inherited\"}",
				narrowedAdmin);
		assertThat(inherited.statusCode()).as(inherited.body()).isEqualTo(201);
		JsonNode created = JSON.readTree(inherited.body());
		assertThat(created.get("token").get("teams").get(0).asString()).isEqualTo(this.alpha);
		assertThat(created.get("token").get("teams")).hasSize(1);
		String inheritedValue = created.get("value").asString();
		assertThat(values(ok(integration.get("/api/v1/clusters", inheritedValue)), "id"))
			.containsExactly(this.alphaCluster.toString());

		assertThat(integration.get("/api/v1/users", narrowedAdmin).statusCode())
			.as("a narrowed admin token cannot make itself a wider user")
			.isEqualTo(403);
		assertThat(integration.get("/api/v1/webhooks", narrowedAdmin).statusCode()).isEqualTo(403);
		HttpResponse<String> foreignTeam = integration.postJson("/api/v1/clusters",
				"{\"name\":\"x-" + this.suffix + "\",\"environment\":\"prod\",\"team\":\"" + this.bravo
						+ "\",\"server\":\"https://10.0.0.1:6443\",\"token\":\"t\"}",
				narrowedAdmin);
		assertThat(foreignTeam.statusCode()).as(foreignTeam.body()).isEqualTo(400);
		assertThat(JSON.readTree(foreignTeam.body()).get("errors").get(0).get("field").asString()).isEqualTo("team");
	}

	@Test
	void metricsNamingEveryClusterAreForFleetWideCallersOnly() {
		for (Function<String, HttpResponse<String>> caller : alphaCallers()) {
			assertThat(caller.apply("/actuator/prometheus").statusCode()).isEqualTo(403);
		}
		assertThat(this.fleetViewer.get("/actuator/prometheus").statusCode()).isEqualTo(200);
	}

	@Test
	void meSaysWhichTeamsTheCallerSees() {
		JsonNode me = ok(this.alphaUser.get("/api/v1/me"));
		assertThat(me.get("teams").get(0).asString()).isEqualTo(this.alpha);
		assertThat(ok(new WebClient(this.port).get("/api/v1/me", this.alphaToken)).get("teams").get(0).asString())
			.isEqualTo(this.alpha);
		assertThat(ok(this.admin.get("/api/v1/me")).get("teams").isNull()).isTrue();
		assertThat(ok(this.fleetViewer.get("/api/v1/me")).get("teams").isNull()).isTrue();
	}

	@Test
	void aChangedScopeAppliesToASignedInSession() {
		long id = this.jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class,
				"alpha-op-" + this.suffix);
		ok(this.admin.putJson("/api/v1/users/" + id, "{\"role\":\"OPERATOR\",\"teams\":[\"" + this.bravo + "\"]}",
				true));
		assertThat(values(ok(this.alphaUser.get("/api/v1/clusters")), "id"))
			.containsExactly(this.bravoCluster.toString());
		assertThat(this.alphaUser.get("/api/v1/clusters/" + this.alphaCluster).statusCode()).isEqualTo(404);
	}

}
