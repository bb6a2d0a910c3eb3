package dev.fleetward.simulator.api;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.fleetward.simulator.store.Json;
import dev.fleetward.simulator.store.ResourceType;
import dev.fleetward.simulator.store.StoredObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server-side {@code Table} form that kubectl asks for, with the usual columns for
 * pods and nodes and name and age for everything else.
 */
final class TableView {

	private record Column(String name, int priority, Function<ObjectNode, String> value) {
	}

	private TableView() {
	}

	static ObjectNode of(ResourceType type, List<StoredObject> items, ListResponder.ListMeta meta, Instant now) {
		List<Column> columns = columns(type.kind(), now);
		ObjectNode table = Json.object();
		table.put("kind", "Table");
		table.put("apiVersion", "meta.k8s.io/v1");
		table.set("metadata", meta.toJson());
		ArrayNode definitions = table.putArray("columnDefinitions");
		for (Column column : columns) {
			ObjectNode definition = definitions.addObject();
			definition.put("name", column.name());
			definition.put("type", "string");
			definition.put("format", column.name().equals("Name") ? "name" : "");
			definition.put("description", "");
			definition.put("priority", column.priority());
		}
		ArrayNode rows = table.putArray("rows");
		for (StoredObject item : items) {
			ObjectNode object = item.tree();
			ObjectNode row = rows.addObject();
			ArrayNode cells = row.putArray("cells");
			columns.forEach((c) -> cells.add(c.value().apply(object)));
			ObjectNode partial = row.putObject("object");
			partial.put("kind", "PartialObjectMetadata");
			partial.put("apiVersion", "meta.k8s.io/v1");
			partial.set("metadata", object.path("metadata"));
		}
		return table;
	}

	private static List<Column> columns(String kind, Instant now) {
		Column name = new Column("Name", 0, (o) -> Json.text(o, "metadata.name"));
		Column age = new Column("Age", 0, (o) -> age(Json.text(o, "metadata.creationTimestamp"), now));
		return switch (kind) {
			case "Pod" -> List.of(name, new Column("Ready", 0, TableView::podReady),
					new Column("Status", 0, TableView::podStatus), new Column("Restarts", 0, TableView::restarts), age,
					new Column("IP", 1, (o) -> Json.text(o, "status.podIP")),
					new Column("Node", 1, (o) -> Json.text(o, "spec.nodeName")));
			case "Node" ->
				List.of(name, new Column("Status", 0, TableView::nodeStatus), new Column("Roles", 0, TableView::roles),
						age, new Column("Version", 0, (o) -> Json.text(o, "status.nodeInfo.kubeletVersion")));
			default -> List.of(name, age);
		};
	}

	private static String podReady(ObjectNode pod) {
		int total = pod.path("spec").path("containers").size();
		int ready = 0;
		for (JsonNode status : pod.path("status").path("containerStatuses")) {
			ready += status.path("ready").asBoolean() ? 1 : 0;
		}
		return ready + "/" + total;
	}

	private static String podStatus(ObjectNode pod) {
		String reason = Json.text(pod, "status.reason");
		return reason.isEmpty() ? Json.text(pod, "status.phase") : reason;
	}

	private static String restarts(ObjectNode pod) {
		int restarts = 0;
		for (JsonNode status : pod.path("status").path("containerStatuses")) {
			restarts += status.path("restartCount").asInt();
		}
		return Integer.toString(restarts);
	}

	private static String nodeStatus(ObjectNode node) {
		String ready = "Unknown";
		for (JsonNode condition : node.path("status").path("conditions")) {
			if ("Ready".equals(Json.text(condition, "type"))) {
				ready = "True".equals(Json.text(condition, "status")) ? "Ready" : "NotReady";
			}
		}
		return node.path("spec").path("unschedulable").asBoolean() ? ready + ",SchedulingDisabled" : ready;
	}

	private static String roles(ObjectNode node) {
		List<String> roles = new ArrayList<>();
		for (String label : node.path("metadata").path("labels").propertyNames()) {
			if (label.startsWith("node-role.kubernetes.io/")) {
				roles.add(label.substring("node-role.kubernetes.io/".length()));
			}
		}
		return roles.isEmpty() ? "<none>" : String.join(",", roles);
	}

	static String age(String timestamp, Instant now) {
		try {
			Duration age = Duration.between(Instant.parse(timestamp), now);
			if (age.toDays() >= 2) {
				return age.toDays() + "d";
			}
			if (age.toHours() >= 2) {
				return age.toHours() + "h";
			}
			return (age.toMinutes() >= 2) ? age.toMinutes() + "m" : Math.max(0, age.toSeconds()) + "s";
		}
		catch (DateTimeParseException ex) {
			return "<unknown>";
		}
	}

}
