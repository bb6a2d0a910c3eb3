package dev.fleetward.simulator.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fleetward.simulator.Drift;
import dev.fleetward.simulator.Faults;
import dev.fleetward.simulator.SimulatedCluster;
import dev.fleetward.simulator.SimulatedFleet;
import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small HTTP endpoint on loopback to switch faults and drift of a running fleet from
 * outside the JVM (curl, a demo script, a test of another process). No authentication: it
 * only ever listens on 127.0.0.1.
 *
 * <pre>
 * GET  /clusters
 * POST /clusters/{name}/faults/forbid?resource=clusterrolebindings
 * POST /clusters/{name}/faults/allow?resource=clusterrolebindings
 * POST /clusters/{name}/faults/gone?resource=pods&amp;page=3
 * POST /clusters/{name}/faults/too-many-requests?count=5&amp;retryAfter=2
 * POST /clusters/{name}/faults/server-errors?count=3
 * POST /clusters/{name}/faults/stall
 * POST /clusters/{name}/faults/unreachable
 * POST /clusters/{name}/faults/clear
 * POST /clusters/{name}/drift/{drift}[?after=30s]
 * POST /clusters/{name}/drift/{drift}/revert[?after=30s]
 * POST /clusters/{name}/drift/{drift}/toggle?every=10m
 * </pre>
 */
public final class AdminServer implements AutoCloseable {

	private final SimulatedFleet fleet;

	private final HttpServer server;

	private AdminServer(SimulatedFleet fleet, HttpServer server) {
		this.fleet = fleet;
		this.server = server;
	}

	public static AdminServer start(SimulatedFleet fleet, int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			AdminServer admin = new AdminServer(fleet, server);
			server.createContext("/", admin::handle);
			server.start();
			return admin;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the admin endpoint on port " + port, ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try {
			String[] path = exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/");
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			boolean post = "POST".equals(exchange.getRequestMethod());
			if (path.length == 1 && path[0].equals("clusters")) {
				reply(exchange, 200, clusters());
			}
			else if (post && path.length == 4 && path[0].equals("clusters") && path[2].equals("faults")) {
				SimulatedCluster cluster = this.fleet.cluster(path[1]);
				fault(cluster.faults(), path[3], query);
				reply(exchange, 200, describe(cluster));
			}
			else if (post && path.length >= 4 && path[0].equals("clusters") && path[2].equals("drift")) {
				SimulatedCluster cluster = this.fleet.cluster(path[1]);
				drift(cluster, Drift.byId(path[3]), (path.length > 4) ? path[4] : "apply", query);
				reply(exchange, 200, describe(cluster));
			}
			else {
				reply(exchange, 404, error("no such admin operation; see GET /clusters"));
			}
		}
		catch (NoSuchElementException | IllegalArgumentException ex) {
			reply(exchange, 400, error(ex.getMessage()));
		}
	}

	private static void fault(Faults faults, String fault, Map<String, String> query) {
		switch (fault) {
			case "forbid" -> faults.forbid(required(query, "resource").split(","));
			case "allow" -> faults.allow(required(query, "resource").split(","));
			case "gone" -> faults.goneOnPage(required(query, "resource"), Integer.parseInt(required(query, "page")));
			case "too-many-requests" -> faults.tooManyRequests(Integer.parseInt(query.getOrDefault("count", "1")),
					Integer.parseInt(query.getOrDefault("retryAfter", "1")));
			case "server-errors" -> faults.serverErrors(Integer.parseInt(query.getOrDefault("count", "1")));
			case "stall" -> faults.stall();
			case "unreachable" -> faults.unreachable();
			case "clear" -> faults.clear();
			default -> throw new IllegalArgumentException("unknown fault " + fault);
		}
	}

	private static void drift(SimulatedCluster cluster, Drift drift, String action, Map<String, String> query) {
		String after = query.getOrDefault("after", "");
		switch (action) {
			case "apply" -> {
				if (after.isEmpty()) {
					cluster.drift().apply(drift);
				}
				else {
					cluster.drift().applyAfter(drift, duration(after));
				}
			}
			case "revert" -> {
				if (after.isEmpty()) {
					cluster.drift().revert(drift);
				}
				else {
					cluster.drift().revertAfter(drift, duration(after));
				}
			}
			case "toggle" -> cluster.drift().toggleEvery(drift, duration(required(query, "every")));
			default -> throw new IllegalArgumentException("unknown drift action " + action);
		}
	}

	/** Durations like {@code 30s}, {@code 10m}, {@code 2h}. */
	static Duration duration(String text) {
		long amount = Long.parseLong(text.substring(0, text.length() - 1));
		return switch (text.charAt(text.length() - 1)) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			case 'h' -> Duration.ofHours(amount);
			default -> throw new IllegalArgumentException("durations end in s, m or h: " + text);
		};
	}

	private ObjectNode clusters() {
		ObjectNode body = Json.object();
		ArrayNode list = body.putArray("clusters");
		this.fleet.clusters().forEach((c) -> list.add(describe(c)));
		ArrayNode drifts = body.putArray("drifts");
		for (Drift drift : Drift.values()) {
			drifts.add(drift.id());
		}
		return body;
	}

	private static ObjectNode describe(SimulatedCluster cluster) {
		ObjectNode node = Json.object();
		node.put("name", cluster.name());
		node.put("url", cluster.url());
		cluster.kubeconfigFile().ifPresent((f) -> node.put("kubeconfig", f.toAbsolutePath().normalize().toString()));
		node.put("objects", cluster.store().size());
		ObjectNode faults = node.putObject("faults");
		cluster.faults().forbidden().forEach(faults.putArray("forbidden")::add);
		faults.put("stalled", cluster.faults().isStalled());
		faults.put("unreachable", cluster.faults().isUnreachable());
		ArrayNode drift = node.putArray("drift");
		cluster.drift().applied().forEach((d) -> drift.add(d.id()));
		return node;
	}

	private static ObjectNode error(String message) {
		ObjectNode body = Json.object();
		body.put("error", message);
		return body;
	}

	private static String required(Map<String, String> query, String name) {
		String value = query.get(name);
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("missing query parameter " + name);
		}
		return value;
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> result = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					result.put(pair.substring(0, eq),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return result;
	}

	private static void reply(HttpExchange exchange, int code, ObjectNode body) throws IOException {
		byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(code, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
