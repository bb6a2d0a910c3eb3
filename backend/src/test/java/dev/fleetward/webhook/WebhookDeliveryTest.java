package dev.fleetward.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import dev.fleetward.findings.FindingsReconciler;
import dev.fleetward.findings.ScanOutcome;
import dev.fleetward.snapshot.ObjectRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings that open and resolve reach a local receiver: signed, retried with back-off
 * while it fails, and delivered once per event.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "fleetward.webhooks.allow-private-targets=true", "fleetward.webhooks.sender-enabled=true",
				"fleetward.webhooks.send-interval=100ms", "fleetward.webhooks.first-retry=100ms" })
class WebhookDeliveryTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHECK = "sec-container-run-as-root";

	private static final String SECRET = "receiver-shared-secret-0123";

	@LocalServerPort
	int port;

	@Autowired
	ClusterRegistry registry;

	@Autowired
	FindingsReconciler reconciler;

	UUID clusterId;

	long scanId = 1;

	WebClient admin;

	HttpServer receiver;

	final List<Received> received = new CopyOnWriteArrayList<>();

	/** Requests answered with 500 before the receiver starts to accept. */
	final AtomicInteger failuresLeft = new AtomicInteger();

	String subscriptionId;

	@BeforeEach
	void setUp() throws IOException {
		this.clusterId = this.registry
			.register(new NewCluster("hooks-" + UUID.randomUUID().toString().substring(0, 8), "prod", "payments",
					Map.of(), ClusterAccess.ofToken("https://10.0.0.1:6443", null, "t"), false, null), "test")
			.id();
		this.admin = new WebClient(this.port);
		assertThat(this.admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", this::receive);
		this.receiver.start();
		HttpResponse<String> created = this.admin.postJson("/api/v1/webhooks",
				"{\"url\":\"http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook\","
						+ "\"events\":[\"finding.opened\",\"finding.resolved\"],\"secret\":\"" + SECRET
						+ "\",\"clusters\":[\"" + this.clusterId + "\"]}",
				true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		this.subscriptionId = JSON.readTree(created.body()).get("id").asString();
	}

	@AfterEach
	void tearDown() {
		this.admin.delete("/api/v1/webhooks/" + this.subscriptionId, true);
		this.receiver.stop(0);
		this.registry.delete(this.clusterId);
	}

	private void receive(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int status = (this.failuresLeft.getAndDecrement() > 0) ? 500 : 200;
		this.received.add(new Received(exchange.getRequestHeaders().getFirst("Fleetward-Event-Id"),
				exchange.getRequestHeaders().getFirst("Fleetward-Event"),
				exchange.getRequestHeaders().getFirst("Fleetward-Timestamp"),
				exchange.getRequestHeaders().getFirst("Fleetward-Signature"), body, status));
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private void scan(int failures) {
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < failures; i++) {
			results.add(new CheckResult(CHECK, CheckStatus.FAIL, Severity.HIGH,
					new ObjectRef("Deployment", "shop", "web-" + i), "app", "container app runs as root", Map.of()));
		}
		this.reconciler.reconcile(new ScanOutcome(this.clusterId, this.scanId++, Instant.now(), true, results,
				Set.of(CHECK), Set.of(CHECK)));
	}

	private List<Received> accepted() {
		return this.received.stream().filter((r) -> r.status() == 200).toList();
	}

	@Test
	void openedAndResolvedFindingsAreDeliveredOnceAndSigned() throws Exception {
		scan(1);
		Receivers.await("finding.opened", Duration.ofSeconds(10), () -> accepted().size() == 1);
		Received opened = accepted().get(0);
		assertThat(opened.signature()).isEqualTo(Receivers.signature(SECRET, opened.timestamp(), opened.body()));
		JsonNode event = JSON.readTree(opened.body());
		assertThat(event.get("id").asString()).isEqualTo(opened.eventId());
		assertThat(event.get("type").asString()).isEqualTo("finding.opened").isEqualTo(opened.eventType());
		assertThat(event.get("occurredAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat(event.get("finding").has("ticket")).isTrue();
		assertThat(event.get("cluster").get("id").asString()).isEqualTo(this.clusterId.toString());
		assertThat(event.get("finding").get("checkId").asString()).isEqualTo(CHECK);
		assertThat(event.get("finding").get("severity").asString()).isEqualTo("high");
		assertThat(event.get("finding").get("status").asString()).isEqualTo("OPEN");

		scan(1); // still failing: no transition, no event
		scan(0);
		Receivers.await("finding.resolved", Duration.ofSeconds(10), () -> accepted().size() == 2);
		JsonNode resolved = JSON.readTree(accepted().get(1).body());
		assertThat(resolved.get("type").asString()).isEqualTo("finding.resolved");
		assertThat(resolved.get("finding").get("id").asLong()).isEqualTo(event.get("finding").get("id").asLong());

		// Ten more sender runs send nothing again.
		Thread.sleep(1000);
		assertThat(this.received).hasSize(2);
		JsonNode log = JSON.readTree(this.admin.get("/api/v1/webhooks/" + this.subscriptionId + "/deliveries").body());
		assertThat(log).hasSize(2).allSatisfy((attempt) -> {
			assertThat(attempt.get("statusCode").asInt()).isEqualTo(200);
			assertThat(attempt.get("eventState").asString()).isEqualTo("DELIVERED");
		});
	}

	@Test
	void aFailingReceiverIsRetriedUntilItAcceptsEachEventOnce() throws Exception {
		this.failuresLeft.set(3);
		scan(2);
		Receivers.await("both events accepted", Duration.ofSeconds(10), () -> accepted().size() == 2);
		Thread.sleep(1000);
		assertThat(accepted()).extracting(Received::eventId).doesNotHaveDuplicates();
		assertThat(this.received).hasSize(5);
		for (Received request : this.received) {
			assertThat(request.signature()).isEqualTo(Receivers.signature(SECRET, request.timestamp(), request.body()));
		}

		JsonNode log = JSON.readTree(this.admin.get("/api/v1/webhooks/" + this.subscriptionId + "/deliveries").body());
		assertThat(log).hasSize(5);
		List<Integer> codes = new ArrayList<>();
		log.forEach((attempt) -> codes.add(attempt.get("statusCode").asInt()));
		assertThat(codes).containsExactlyInAnyOrder(500, 500, 500, 200, 200);
		assertThat(log)
			.allSatisfy((attempt) -> assertThat(attempt.get("eventState").asString()).isEqualTo("DELIVERED"));
	}

	record Received(String eventId, String eventType, String timestamp, String signature, String body, int status) {
	}

}
