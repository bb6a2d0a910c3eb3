package dev.fleetward.simulator.store;

import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * An object as the API server keeps it: serialized once, so a list of 15,000 pods is
 * served by concatenating bytes rather than by serializing objects per request.
 *
 * @param type its resource type
 * @param namespace namespace, empty for cluster-scoped objects
 * @param name object name
 * @param labels labels, for label selectors
 * @param json the serialized object
 */
public record StoredObject(ResourceType type, String namespace, String name, Map<String, String> labels, byte[] json) {

	public String key() {
		return key(this.namespace, this.name);
	}

	public static String key(String namespace, String name) {
		return namespace + "/" + name;
	}

	public ObjectNode tree() {
		return Json.parse(this.json);
	}

}
