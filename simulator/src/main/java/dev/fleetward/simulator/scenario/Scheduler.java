package dev.fleetward.simulator.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Places emulated pods on the scenario's nodes the way the default scheduler roughly
 * would: Ready nodes whose labels match the nodeSelector and whose NoSchedule taints the
 * pod tolerates, spread round-robin across zones.
 */
final class Scheduler {

	static final String ZONE = "topology.kubernetes.io/zone";

	/** A node as the scheduler sees it. */
	record Node(String name, int index, String zone, String internalIp, ObjectNode object) {
	}

	private final List<Node> nodes = new ArrayList<>();

	Scheduler(List<ObjectNode> objects) {
		List<ObjectNode> nodeObjects = objects.stream().filter((o) -> "Node".equals(Json.text(o, "kind"))).toList();
		for (ObjectNode node : nodeObjects) {
			String ip = "";
			for (JsonNode address : node.path("status").path("addresses")) {
				if ("InternalIP".equals(Json.text(address, "type"))) {
					ip = Json.text(address, "address");
				}
			}
			String zone = node.path("metadata").path("labels").path(ZONE).asString("");
			this.nodes.add(new Node(Json.text(node, "metadata.name"), this.nodes.size(), zone, ip, node));
		}
	}

	/** Eligible nodes in zone-interleaved order: a, b, c, a, b, c... */
	List<Node> eligible(JsonNode podSpec) {
		Map<String, List<Node>> byZone = new LinkedHashMap<>();
		this.nodes.stream()
			.filter((n) -> ready(n.object()) && selects(podSpec, n.object()) && tolerates(podSpec, n.object()))
			.sorted(Comparator.comparing(Node::zone).thenComparing(Node::name))
			.forEach((n) -> byZone.computeIfAbsent(n.zone(), (z) -> new ArrayList<>()).add(n));
		List<Node> ordered = new ArrayList<>();
		int longest = byZone.values().stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < longest; i++) {
			for (List<Node> zone : byZone.values()) {
				if (i < zone.size()) {
					ordered.add(zone.get(i));
				}
			}
		}
		return ordered;
	}

	private static boolean ready(ObjectNode node) {
		if (node.path("spec").path("unschedulable").asBoolean()) {
			return false;
		}
		for (JsonNode condition : node.path("status").path("conditions")) {
			if ("Ready".equals(Json.text(condition, "type"))) {
				return "True".equals(Json.text(condition, "status"));
			}
		}
		return true;
	}

	private static boolean selects(JsonNode podSpec, ObjectNode node) {
		JsonNode labels = node.path("metadata").path("labels");
		for (var entry : podSpec.path("nodeSelector").properties()) {
			if (!entry.getValue().asString("").equals(labels.path(entry.getKey()).asString(null))) {
				return false;
			}
		}
		return true;
	}

	private static boolean tolerates(JsonNode podSpec, ObjectNode node) {
		for (JsonNode taint : node.path("spec").path("taints")) {
			String effect = Json.text(taint, "effect");
			if (!effect.equals("NoSchedule") && !effect.equals("NoExecute")) {
				continue;
			}
			boolean tolerated = false;
			for (JsonNode toleration : podSpec.path("tolerations")) {
				String key = Json.text(toleration, "key");
				String tolerationEffect = Json.text(toleration, "effect");
				boolean keyMatches = key.isEmpty() && "Exists".equals(Json.text(toleration, "operator"))
						|| key.equals(Json.text(taint, "key"));
				if (keyMatches && (tolerationEffect.isEmpty() || tolerationEffect.equals(effect))) {
					tolerated = true;
				}
			}
			if (!tolerated) {
				return false;
			}
		}
		return true;
	}

}
