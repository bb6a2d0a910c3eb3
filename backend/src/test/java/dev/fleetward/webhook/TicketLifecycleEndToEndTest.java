package dev.fleetward.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import dev.fleetward.WebClient;
import dev.fleetward.simulator.ClusterSpec;
import dev.fleetward.simulator.Drift;
import dev.fleetward.simulator.SimulatedCluster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a ticketing integration sees, end to end and only through the API: a simulated
 * cluster registered with URL, CA and token; a privileged pod appears and is announced as
 * {@code finding.opened}; the integration links its ticket; the pod is fixed in the
 * cluster, and the next scan announces {@code finding.resolved} once, carrying the
 * ticket, so the integration can close it.
 * <p>
 * Runs db-scheduler and the webhook sender in a context of its own, closed afterwards, so
 * neither races the other tests over the shared database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "db-scheduler.enabled=true", "db-scheduler.polling-interval=200ms",
				"fleetward.scan.connect-timeout=2s", "fleetward.scan.read-timeout=5s",
				"fleetward.webhooks.allow-private-targets=true", "fleetward.webhooks.sender-enabled=true",
				"fleetward.webhooks.send-interval=100ms", "fleetward.webhooks.first-retry=100ms" })
@DirtiesContext
class TicketLifecycleEndToEndTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHECK = "sec-pod-privileged";

	private static final String SECRET = "ticketing-shared-secret-42";

	static SimulatedCluster prodEu;

	@LocalServerPort
	int port;

	WebClient client;

	String adminToken;

	String ticketingToken;

	HttpServer receiver;

	final List<Received> received = new CopyOnWriteArrayList<>();

	String clusterName;

	String clusterId;

	String subscriptionId;

	@BeforeAll
	static void startCluster() {
		prodEu = SimulatedCluster.start(ClusterSpec.builtIn("prod-eu"));
	}

	@AfterAll
	static void stopCluster() {
		prodEu.close();
	}

	@BeforeEach
	void setUp() throws IOException {
		this.client = new WebClient(this.port);
		WebClient admin = new WebClient(this.port);
		assertThat(admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		this.adminToken = token(admin,
				"{\"name\":\"provisioning\",\"role\":\"ADMIN\",\"scopes\":[\"read\",\"write\"]}");
		this.ticketingToken = token(admin,
				"{\"name\":\"ticketing\",\"role\":\"OPERATOR\",\"scopes\":[\"read\",\"write\"]}");

		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", this::receive);
		this.receiver.start();
		// By name: the subscription exists before the cluster, so the first scan's events
		// reach it too.
		this.clusterName = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> subscribed = this.client.postJson("/api/v1/webhooks",
				"{\"url\":\"http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook\","
						+ "\"events\":[\"finding.opened\",\"finding.resolved\"],\"secret\":\"" + SECRET
						+ "\",\"clusters\":[\"" + this.clusterName + "\"]}",
				this.adminToken);
		assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
		this.subscriptionId = JSON.readTree(subscribed.body()).get("id").asString();
	}

	@AfterEach
	void tearDown() {
		if (this.clusterId != null) {
			this.client.delete("/api/v1/clusters/" + this.clusterId, this.adminToken);
		}
		this.client.delete("/api/v1/webhooks/" + this.subscriptionId, this.adminToken);
		this.receiver.stop(0);
		prodEu.drift().cancelSchedules();
		for (Drift drift : prodEu.drift().applied()) {
			prodEu.drift().revert(drift);
		}
	}

	@Test
	void aResolvedFindingCarriesItsTicketToTheIntegration() throws Exception {
		prodEu.drift().apply(Drift.ADD_PRIVILEGED_POD);
		HttpResponse<String> registered = this.client.postJson("/api/v1/clusters",
				JSON.writeValueAsString(Map.of("name", this.clusterName, "environment", "prod", "team", "platform",
						"server", prodEu.url(), "certificateAuthority", prodEu.caCertPem(), "token", prodEu.token())),
				this.adminToken);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		this.clusterId = JSON.readTree(registered.body()).get("id").asString();

		scanThroughTheApi();
		Receivers.await("finding.opened for " + CHECK, Duration.ofSeconds(60),
				() -> !events("finding.opened", CHECK).isEmpty());
		List<Received> opened = events("finding.opened", CHECK);
		assertThat(opened).hasSize(1);
		Received openedEvent = opened.get(0);
		assertThat(openedEvent.signature())
			.isEqualTo(Receivers.signature(SECRET, openedEvent.timestamp(), openedEvent.body()));
		JsonNode finding = openedEvent.json().get("finding");
		long findingId = finding.get("id").asLong();
		assertThat(openedEvent.json().get("cluster").get("id").asString()).isEqualTo(this.clusterId);
		assertThat(finding.get("status").asString()).isEqualTo("OPEN");
		assertThat(finding.get("kind").asString()).isEqualTo("Pod");
		assertThat(finding.get("ticket").isNull()).isTrue();

		HttpResponse<String> linked = this.client.putJson("/api/v1/findings/" + findingId + "/ticket",
				"{\"system\":\"jira\",\"key\":\"OPS-42\",\"url\":\"https://jira.example.com/browse/OPS-42\","
						+ "\"status\":\"To Do\"}",
				this.ticketingToken);
		assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);

		// The platform team drops the privilege; the pod stays.
		String namespace = finding.get("namespace").asString();
		String name = finding.get("name").asString();
		assertThat(prodEu.store().update("pods", namespace, name, TicketLifecycleEndToEndTest::unprivileged)).isTrue();
		scanThroughTheApi();

		Receivers.await("finding.resolved for " + findingId, Duration.ofSeconds(60),
				() -> !resolved(findingId).isEmpty());
		Thread.sleep(1000); // ten more sender runs: a second delivery would show up
		List<Received> resolved = resolved(findingId);
		assertThat(resolved).hasSize(1);
		Received resolvedEvent = resolved.get(0);
		assertThat(resolvedEvent.signature())
			.isEqualTo(Receivers.signature(SECRET, resolvedEvent.timestamp(), resolvedEvent.body()));
		assertThat(resolvedEvent.eventId()).isEqualTo(resolvedEvent.json().get("id").asString())
			.isNotEqualTo(openedEvent.eventId());
		JsonNode resolvedFinding = resolvedEvent.json().get("finding");
		assertThat(resolvedFinding.get("status").asString()).isEqualTo("RESOLVED");
		JsonNode ticket = resolvedFinding.get("ticket");
		assertThat(ticket.get("system").asString()).isEqualTo("jira");
		assertThat(ticket.get("key").asString()).isEqualTo("OPS-42");
		assertThat(ticket.get("url").asString()).isEqualTo("https://jira.example.com/browse/OPS-42");
		assertThat(ticket.get("status").asString()).isEqualTo("To Do");

		JsonNode detail = JSON.readTree(this.client.get("/api/v1/findings/" + findingId, this.ticketingToken).body());
		assertThat(detail.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(detail.get("ticket").get("key").asString()).isEqualTo("OPS-42");
	}

	/**
	 * Asks for a scan (retrying while the one registration started is running) and waits
	 * until a scan that started after the request has finished.
	 */
	private void scanThroughTheApi() throws InterruptedException {
		Instant asked = Instant.now();
		Receivers.await("scan accepted", Duration.ofSeconds(60), () -> {
			HttpResponse<String> response = this.client.postJson("/api/v1/clusters/" + this.clusterId + "/scans", "",
					this.ticketingToken);
			assertThat(response.statusCode()).as(response.body()).isIn(202, 409);
			return response.statusCode() == 202;
		});
		Receivers.await("scan finished", Duration.ofSeconds(60), () -> finishedScanSince(asked) != null);
		assertThat(finishedScanSince(asked).get("outcome").asString()).isEqualTo("SUCCEEDED");
	}

	private JsonNode finishedScanSince(Instant asked) {
		HttpResponse<String> scans = this.client.get("/api/v1/clusters/" + this.clusterId + "/scans?limit=5",
				this.ticketingToken);
		assertThat(scans.statusCode()).as(scans.body()).isEqualTo(200);
		for (JsonNode scan : JSON.readTree(scans.body())) {
			if (!scan.get("finishedAt").isNull() && !Instant.parse(scan.get("startedAt").asString()).isBefore(asked)) {
				return scan;
			}
		}
		return null;
	}

	private static void unprivileged(ObjectNode pod) {
		for (JsonNode container : pod.path("spec").path("containers")) {
			((ObjectNode) container.get("securityContext")).put("privileged", false);
		}
	}

	private List<Received> events(String type, String checkId) {
		return this.received.stream()
			.filter((r) -> r.json().get("type").asString().equals(type)
					&& r.json().get("finding").get("checkId").asString().equals(checkId))
			.toList();
	}

	private List<Received> resolved(long findingId) {
		return this.received.stream()
			.filter((r) -> r.json().get("type").asString().equals("finding.resolved")
					&& r.json().get("finding").get("id").asLong() == findingId)
			.toList();
	}

	private String token(WebClient admin, String request) {
		HttpResponse<String> created = admin.postJson("/api/v1/tokens", request, true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("value").asString();
	}

	private void receive(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		this.received.add(new Received(exchange.getRequestHeaders().getFirst("Fleetward-Event-Id"),
				exchange.getRequestHeaders().getFirst("Fleetward-Timestamp"),
				exchange.getRequestHeaders().getFirst("Fleetward-Signature"), body, JSON.readTree(body)));
		exchange.sendResponseHeaders(200, -1);
		exchange.close();
	}

	record Received(String eventId, String timestamp, String signature, String body, JsonNode json) {
	}

}
