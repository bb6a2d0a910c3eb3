package dev.fleetward.findings;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.fleetward.WebClient;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.Severity;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.NewCluster;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.snapshot.ObjectRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linking tickets to findings and acknowledging them over HTTP: who may, what is
 * validated, and that integrations syncing by {@code updatedSince} see the change.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FindingTriageApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHECK = "sec-container-run-as-root";

	private static final String TICKET = "{\"system\":\"jira\",\"key\":\"OPS-42\","
			+ "\"url\":\"https://jira.example.com/browse/OPS-42\",\"status\":\"To Do\"}";

	@LocalServerPort
	int port;

	@Autowired
	ClusterRegistry registry;

	@Autowired
	FindingsReconciler reconciler;

	UUID clusterId;

	WebClient admin;

	long findingId;

	@BeforeEach
	void finding() {
		this.clusterId = this.registry
			.register(new NewCluster("triage-" + UUID.randomUUID().toString().substring(0, 8), "prod", "payments",
					Map.of(), ClusterAccess.ofToken("https://10.0.0.1:6443", null, "t"), false, null), "test")
			.id();
		this.reconciler.reconcile(new ScanOutcome(this.clusterId, 1, Instant.now(), true,
				List.of(new CheckResult(CHECK, CheckStatus.FAIL, Severity.HIGH,
						new ObjectRef("Deployment", "shop", "web"), "app", "container app runs as root", Map.of())),
				Set.of(CHECK), Set.of(CHECK)));
		this.admin = new WebClient(this.port);
		assertThat(this.admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		this.findingId = listed().get("id").asLong();
	}

	@AfterEach
	void remove() {
		this.registry.delete(this.clusterId);
	}

	private JsonNode listed() {
		HttpResponse<String> list = this.admin.get("/api/v1/findings?cluster=" + this.clusterId);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		return JSON.readTree(list.body()).get("items").get(0);
	}

	private String token(String role, String... scopes) {
		String body = "{\"name\":\"triage-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"role\":\"" + role
				+ "\",\"scopes\":" + JSON.writeValueAsString(List.of(scopes)) + "}";
		HttpResponse<String> created = this.admin.postJson("/api/v1/tokens", body, true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("value").asString();
	}

	private String ticketPath() {
		return "/api/v1/findings/" + this.findingId + "/ticket";
	}

	private String acknowledgePath() {
		return "/api/v1/findings/" + this.findingId + "/acknowledge";
	}

	@Test
	void anonymousCallersGet401() {
		WebClient anonymous = new WebClient(this.port);
		// With a valid CSRF token, so the refusal is about the missing sign-in, not CSRF.
		anonymous.get("/api/v1/me");
		assertThat(anonymous.putJson(ticketPath(), TICKET, true).statusCode()).isEqualTo(401);
		assertThat(anonymous.delete(ticketPath(), true).statusCode()).isEqualTo(401);
		assertThat(anonymous.postJson(acknowledgePath(), "", true).statusCode()).isEqualTo(401);
	}

	@Test
	void viewersAndReadTokensMayNotChangeFindings() {
		String viewer = token("VIEWER", "read", "write");
		WebClient integration = new WebClient(this.port);
		assertThat(integration.putJson(ticketPath(), TICKET, viewer).statusCode()).isEqualTo(403);
		assertThat(integration.delete(ticketPath(), viewer).statusCode()).isEqualTo(403);
		assertThat(integration.postJson(acknowledgePath(), "", viewer).statusCode()).isEqualTo(403);

		String read = token("OPERATOR", "read");
		assertThat(integration.putJson(ticketPath(), TICKET, read).statusCode()).isEqualTo(403);
		assertThat(integration.delete(ticketPath(), read).statusCode()).isEqualTo(403);
		assertThat(integration.postJson(acknowledgePath(), "", read).statusCode()).isEqualTo(403);
		assertThat(listed().get("ticket").isNull()).isTrue();
	}

	@Test
	void linkedTicketShowsInListAndDetailAndMovesUpdatedAt() throws InterruptedException {
		Instant before = Instant.parse(listed().get("updatedAt").asString());
		Thread.sleep(5);
		String operator = token("OPERATOR", "read", "write");
		HttpResponse<String> linked = new WebClient(this.port).putJson(ticketPath(), TICKET, operator);
		assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
		assertThat(JSON.readTree(linked.body()).get("ticket").get("key").asString()).isEqualTo("OPS-42");

		JsonNode item = listed();
		assertThat(item.get("ticket").get("url").asString()).isEqualTo("https://jira.example.com/browse/OPS-42");
		Instant after = Instant.parse(item.get("updatedAt").asString());
		assertThat(after).isAfter(before);
		JsonNode detail = JSON.readTree(this.admin.get("/api/v1/findings/" + this.findingId).body());
		assertThat(detail.get("ticket").get("system").asString()).isEqualTo("jira");
		assertThat(detail.get("ticket").get("status").asString()).isEqualTo("To Do");

		JsonNode changed = JSON
			.readTree(this.admin.get("/api/v1/findings?cluster=" + this.clusterId + "&updatedSince=" + before).body());
		assertThat(changed.get("items")).hasSize(1);

		assertThat(this.admin.delete(ticketPath(), true).statusCode()).isEqualTo(204);
		assertThat(listed().get("ticket").isNull()).isTrue();
	}

	@Test
	void acknowledgingRecordsWhoAndWhen() {
		HttpResponse<String> acknowledged = this.admin.postJson(acknowledgePath(), "", true);
		assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
		assertThat(JSON.readTree(acknowledged.body()).get("acknowledgedBy").asString()).isEqualTo("admin");
		JsonNode item = listed();
		assertThat(item.get("acknowledgedBy").asString()).isEqualTo("admin");
		assertThat(Instant.parse(item.get("acknowledgedAt").asString())).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void badTicketsAreProblemsNamingTheField() {
		Map<String, String> bad = Map.of("url",
				"{\"system\":\"jira\",\"key\":\"OPS-1\",\"url\":\"javascript:alert(document.cookie)\"}", "system",
				"{\"system\":\" \",\"key\":\"OPS-1\"}", "key",
				"{\"system\":\"jira\",\"key\":\"" + "K".repeat(101) + "\"}", "status",
				"{\"system\":\"jira\",\"key\":\"OPS-1\",\"status\":\"" + "s".repeat(51) + "\"}");
		bad.forEach((field, body) -> {
			HttpResponse<String> problem = this.admin.putJson(ticketPath(), body, true);
			assertThat(problem.statusCode()).as(body).isEqualTo(400);
			assertThat(JSON.readTree(problem.body()).get("errors").get(0).get("field").asString()).isEqualTo(field);
		});
		assertThat(listed().get("ticket").isNull()).isTrue();
	}

	@Test
	void unknownFindingsAre404() {
		assertThat(this.admin.putJson("/api/v1/findings/999999999/ticket", TICKET, true).statusCode()).isEqualTo(404);
		assertThat(this.admin.delete("/api/v1/findings/999999999/ticket", true).statusCode()).isEqualTo(404);
		assertThat(this.admin.postJson("/api/v1/findings/999999999/acknowledge", "", true).statusCode()).isEqualTo(404);
	}

}
