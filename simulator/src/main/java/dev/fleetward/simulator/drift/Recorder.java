package dev.fleetward.simulator.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.fleetward.simulator.store.Json;
import dev.fleetward.simulator.store.ObjectStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes to the store on behalf of a change set and remembers what each object looked
 * like before, so the change set can be reverted exactly.
 */
final class Recorder {

	private record Key(String resource, String namespace, String name) {
	}

	private final ObjectStore store;

	private final Map<Key, Optional<ObjectNode>> before = new LinkedHashMap<>();

	Recorder(ObjectStore store) {
		this.store = store;
	}

	ObjectStore store() {
		return this.store;
	}

	void put(String resource, ObjectNode object) {
		Key key = new Key(resource, Json.text(object, "metadata.namespace"), Json.text(object, "metadata.name"));
		remember(key);
		this.store.put(object);
	}

	void update(String resource, String namespace, String name, Consumer<ObjectNode> change) {
		remember(new Key(resource, namespace, name));
		this.store.update(resource, namespace, name, change);
	}

	void delete(String resource, String namespace, String name) {
		remember(new Key(resource, namespace, name));
		this.store.delete(resource, namespace, name);
	}

	boolean changedAnything() {
		return !this.before.isEmpty();
	}

	/** Puts every touched object back as it was, newest change first. */
	void revert() {
		List<Map.Entry<Key, Optional<ObjectNode>>> entries = new ArrayList<>(this.before.entrySet());
		for (int i = entries.size() - 1; i >= 0; i--) {
			Key key = entries.get(i).getKey();
			Optional<ObjectNode> previous = entries.get(i).getValue();
			if (previous.isPresent()) {
				this.store.put(previous.get());
			}
			else {
				this.store.delete(key.resource(), key.namespace(), key.name());
			}
		}
		this.before.clear();
	}

	private void remember(Key key) {
		this.before.computeIfAbsent(key, (k) -> this.store.get(k.resource(), k.namespace(), k.name()));
	}

}
