package dev.fleetward.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.Application;
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
 * Two app instances share one outbox, and one of them is restarted while deliveries are
 * being retried: every event is still accepted exactly once.
 */
class WebhookInstancesTest {

	private static final String CHECK = "sec-container-run-as-root";

	private static final int EVENTS = 20;

	private final Map<String, AtomicInteger> acceptedByEvent = new ConcurrentHashMap<>();

	private final AtomicInteger failuresLeft = new AtomicInteger(3);

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0",
				"--fleetward.webhooks.sender-enabled=true", "--fleetward.webhooks.allow-private-targets=true",
				"--fleetward.webhooks.send-interval=50ms", "--fleetward.webhooks.first-retry=100ms");
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.readAllBytes();
		}
		try {
			// Slow enough that sends overlap the other instance's polls and the shutdown.
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		int status = (this.failuresLeft.getAndDecrement() > 0) ? 500 : 200;
		if (status == 200) {
			this.acceptedByEvent
				.computeIfAbsent(exchange.getRequestHeaders().getFirst("Fleetward-Event-Id"),
						(id) -> new AtomicInteger())
				.incrementAndGet();
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private int accepted() {
		return this.acceptedByEvent.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	@Test
	void everyEventIsAcceptedOnceAcrossInstancesAndARestart() throws Exception {
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		receiver.setExecutor(threads);
		receiver.createContext("/hook", this::receive);
		receiver.start();
		ConfigurableApplicationContext first = instance();
		try (ConfigurableApplicationContext second = instance()) {
			ClusterRegistry registry = second.getBean(ClusterRegistry.class);
			UUID clusterId = registry
				.register(new NewCluster("hooks-" + UUID.randomUUID().toString().substring(0, 8), "prod", null,
						Map.of(), ClusterAccess.ofToken("https://10.0.0.1:6443", null, "t"), false, null), "test")
				.id();
			Subscription subscription = second.getBean(Subscriptions.class)
				.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", List.of("finding.opened"),
						"instances-test-secret-0123", List.of(clusterId.toString()), List.of(), List.of(), "test");
			List<CheckResult> results = new ArrayList<>();
			for (int i = 0; i < EVENTS; i++) {
				results.add(new CheckResult(CHECK, CheckStatus.FAIL, Severity.HIGH,
						new ObjectRef("Deployment", "shop", "web-" + i), "app", "runs as root", Map.of()));
			}
			first.getBean(FindingsReconciler.class)
				.reconcile(new ScanOutcome(clusterId, 1, Instant.now(), true, results, Set.of(CHECK), Set.of(CHECK)));

			Receivers.await("some deliveries", Duration.ofSeconds(30), () -> accepted() >= 3);
			first.close();
			try (ConfigurableApplicationContext restarted = instance()) {
				Receivers.await("every delivery", Duration.ofSeconds(30), () -> accepted() >= EVENTS);
				Thread.sleep(500);
				assertThat(this.acceptedByEvent).hasSize(EVENTS)
					.allSatisfy((event, count) -> assertThat(count.get()).as(event).isEqualTo(1));
				JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForList("SELECT DISTINCT state FROM webhook_outbox WHERE subscription_id = ?",
						String.class, subscription.id()))
					.containsExactly("DELIVERED");
			}
			second.getBean(Subscriptions.class).delete(subscription.id());
			registry.delete(clusterId);
		}
		finally {
			first.close();
			receiver.stop(0);
			threads.shutdownNow();
		}
	}

}
