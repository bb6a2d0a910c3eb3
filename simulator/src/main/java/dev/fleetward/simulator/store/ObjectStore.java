package dev.fleetward.simulator.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects of one simulated cluster, in memory, ordered by namespace and name like
 * etcd keys, so paged lists are stable. Tests add, replace and delete objects here; the
 * API serves what is here.
 */
public final class ObjectStore {

	private final ResourceTypes types;

	private final Map<ResourceType, ConcurrentSkipListMap<String, StoredObject>> objects = new ConcurrentHashMap<>();

	private final AtomicLong resourceVersion = new AtomicLong(1000);

	public ObjectStore(ResourceTypes types) {
		this.types = types;
	}

	public ResourceTypes types() {
		return this.types;
	}

	/** The latest resourceVersion, which lists report. */
	public long resourceVersion() {
		return this.resourceVersion.get();
	}

	/**
	 * Adds or replaces an object. Missing uid, creationTimestamp and resourceVersion are
	 * filled in as the API server would.
	 * @param object a Kubernetes object with apiVersion, kind and metadata.name
	 * @return the stored object
	 */
	public StoredObject put(ObjectNode object) {
		ObjectNode metadata = Json.obj(object, "metadata");
		String name = Json.text(metadata, "name");
		if (name.isEmpty()) {
			throw new IllegalArgumentException("object without metadata.name: " + Json.text(object, "kind"));
		}
		String namespace = Json.text(metadata, "namespace");
		ResourceType type = this.types.forObject(Json.text(object, "apiVersion"), Json.text(object, "kind"),
				!namespace.isEmpty());
		if (type.namespaced() && namespace.isEmpty()) {
			namespace = "default";
			metadata.put("namespace", namespace);
		}
		if (!type.namespaced() && !namespace.isEmpty()) {
			metadata.remove("namespace");
			namespace = "";
		}
		if (!metadata.has("uid")) {
			metadata.put("uid", UUID.nameUUIDFromBytes((type.resource() + namespace + name).getBytes()).toString());
		}
		if (!metadata.has("creationTimestamp")) {
			metadata.put("creationTimestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		}
		metadata.put("resourceVersion", Long.toString(this.resourceVersion.incrementAndGet()));
		StoredObject stored = new StoredObject(type, namespace, name, labels(metadata), Json.bytes(object));
		table(type).put(stored.key(), stored);
		if ("CustomResourceDefinition".equals(type.kind())) {
			registerCustomResource(object);
		}
		return stored;
	}

	public void putAll(Collection<ObjectNode> objects) {
		objects.forEach(this::put);
	}

	public Optional<ObjectNode> get(String resource, String namespace, String name) {
		return find(resource).map((type) -> table(type).get(StoredObject.key(ns(type, namespace), name)))
			.map(StoredObject::tree);
	}

	public boolean delete(String resource, String namespace, String name) {
		Optional<ResourceType> type = find(resource);
		if (type.isEmpty()) {
			return false;
		}
		boolean removed = table(type.get()).remove(StoredObject.key(ns(type.get(), namespace), name)) != null;
		if (removed) {
			this.resourceVersion.incrementAndGet();
		}
		return removed;
	}

	/**
	 * Changes an object in place.
	 * @return whether the object existed
	 */
	public boolean update(String resource, String namespace, String name, Consumer<ObjectNode> change) {
		Optional<ObjectNode> current = get(resource, namespace, name);
		current.ifPresent((object) -> {
			change.accept(object);
			put(object);
		});
		return current.isPresent();
	}

	/** Every object of a resource (plural, kind or short name), in key order. */
	public List<ObjectNode> list(String resource) {
		List<ObjectNode> result = new ArrayList<>();
		find(resource).ifPresent((type) -> table(type).values().forEach((o) -> result.add(o.tree())));
		return result;
	}

	public int count(String resource) {
		return find(resource).map((type) -> table(type).size()).orElse(0);
	}

	public int size() {
		return this.objects.values().stream().mapToInt(Map::size).sum();
	}

	/** Objects of a type in key order, within one namespace when one is given. */
	public NavigableMap<String, StoredObject> entries(ResourceType type, String namespace) {
		ConcurrentSkipListMap<String, StoredObject> all = table(type);
		if (namespace == null || namespace.isEmpty() || !type.namespaced()) {
			return all;
		}
		return all.subMap(namespace + "/", true, namespace + "0", false);
	}

	/** Types that currently hold objects, for discovery of scenario-specific kinds. */
	public Collection<ResourceType> populatedTypes() {
		return this.objects.entrySet().stream().filter((e) -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
	}

	private Optional<ResourceType> find(String resource) {
		return this.types.byName(resource);
	}

	private ConcurrentSkipListMap<String, StoredObject> table(ResourceType type) {
		return this.objects.computeIfAbsent(type, (t) -> new ConcurrentSkipListMap<>());
	}

	private static String ns(ResourceType type, String namespace) {
		return (type.namespaced() && namespace != null) ? namespace : "";
	}

	private static Map<String, String> labels(ObjectNode metadata) {
		JsonNode labels = metadata.path("labels");
		if (!labels.isObject() || labels.isEmpty()) {
			return Map.of();
		}
		Map<String, String> result = new HashMap<>();
		labels.forEachEntry((k, v) -> result.put(k, v.asString("")));
		return result;
	}

	/**
	 * A CRD makes its kind servable, as the API server does once the CRD is established.
	 */
	private void registerCustomResource(ObjectNode crd) {
		JsonNode spec = crd.path("spec");
		String group = Json.text(spec, "group");
		JsonNode names = spec.path("names");
		boolean namespaced = "Namespaced".equals(Json.text(spec, "scope"));
		List<String> shortNames = new ArrayList<>();
		names.path("shortNames").forEach((n) -> shortNames.add(n.asString()));
		for (JsonNode version : spec.path("versions")) {
			if (version.path("served").asBoolean(true)) {
				this.types.register(new ResourceType(group, Json.text(version, "name"), Json.text(names, "plural"),
						Json.text(names, "kind"), namespaced, List.copyOf(shortNames)));
			}
		}
	}

}
