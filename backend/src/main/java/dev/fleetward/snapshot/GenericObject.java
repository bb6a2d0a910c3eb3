package dev.fleetward.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object without a typed model (a custom resource, or a kind the offline loader does
 * not know), kept as its parsed map.
 *
 * @param apiVersion the object's apiVersion
 * @param kind the object's kind
 * @param namespace the namespace, empty when cluster-scoped
 * @param name the object's name
 * @param content the whole object as parsed
 */
public record GenericObject(String apiVersion, String kind, String namespace, String name,
		Map<String, Object> content) {

	public GenericObject {
		namespace = (namespace != null) ? namespace : "";
		name = (name != null) ? name : "";
		// YAML maps may hold nulls, which Map.copyOf rejects.
		content = (content != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(content)) : Map.of();
	}

	public ObjectRef ref() {
		return new ObjectRef(this.kind, this.namespace, this.name);
	}

}
