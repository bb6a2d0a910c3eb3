package dev.fleetward.simulator.store;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the simulator and small accessors over object trees. */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	public static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	public static ObjectNode parse(byte[] json) {
		return (ObjectNode) MAPPER.readTree(json);
	}

	public static ObjectNode parse(String json) {
		return (ObjectNode) MAPPER.readTree(json);
	}

	public static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	/** Text at a dotted path such as {@code metadata.name}; empty when absent. */
	public static String text(JsonNode node, String dottedPath) {
		JsonNode current = node;
		for (String part : dottedPath.split("\\.")) {
			current = current.path(part);
		}
		return current.isValueNode() ? current.asString() : "";
	}

	/** The object at {@code field}, created when missing. */
	public static ObjectNode obj(ObjectNode parent, String field) {
		JsonNode existing = parent.get(field);
		if (existing instanceof ObjectNode object) {
			return object;
		}
		return parent.putObject(field);
	}

	/** The array at {@code field}, created when missing. */
	public static ArrayNode arr(ObjectNode parent, String field) {
		JsonNode existing = parent.get(field);
		if (existing instanceof ArrayNode array) {
			return array;
		}
		return parent.putArray(field);
	}

}
