package dev.fleetward.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;

/**
 * An immutable view of one cluster at one moment: the objects of every
 * {@link ResourceKind}, whether each kind was read completely, the server version and
 * when it was taken. Checks read time only from {@link #takenAt()}. Lookup indexes are
 * built once, so checks over tens of thousands of pods stay cheap.
 */
public final class Snapshot {

	private final Map<ResourceKind, List<?>> items;

	private final Map<ResourceKind, KindStatus> statuses;

	private final Map<ResourceKind, Duration> durations;

	private final String serverVersion;

	private final Boolean tlsVerified;

	private final Instant takenAt;

	private final Map<ObjectRef, String> sources;

	private final List<GenericObject> others;

	private final Map<ResourceKind, Map<String, List<Object>>> byNamespace = new EnumMap<>(ResourceKind.class);

	/**
	 * Kind, then namespace, then name: looking up by the strings the caller already has
	 * builds no key, and checks look up owners for every pod.
	 */
	private final Map<ResourceKind, Map<String, Map<String, Object>>> byName = new EnumMap<>(ResourceKind.class);

	private final Map<String, List<V1Pod>> podsByNode = new HashMap<>();

	private final Map<String, List<V1Pod>> podsByOwnerUid = new HashMap<>();

	private Snapshot(Builder builder) {
		this.items = Collections.unmodifiableMap(new EnumMap<>(builder.items));
		this.statuses = Collections.unmodifiableMap(new EnumMap<>(builder.statuses));
		this.durations = Collections.unmodifiableMap(new EnumMap<>(builder.durations));
		this.serverVersion = builder.serverVersion;
		this.tlsVerified = builder.tlsVerified;
		this.takenAt = builder.takenAt;
		this.sources = Map.copyOf(builder.sources);
		this.others = List.copyOf(builder.others);
		index();
	}

	public static Builder builder(Instant takenAt) {
		return new Builder(takenAt);
	}

	private void index() {
		for (Map.Entry<ResourceKind, List<?>> entry : this.items.entrySet()) {
			Map<String, List<Object>> namespaces = new HashMap<>();
			Map<String, Map<String, Object>> names = new HashMap<>();
			for (Object item : entry.getValue()) {
				// The API server ignores a namespace on cluster-scoped objects; so do we.
				String namespace = entry.getKey().namespaced() ? namespaceOf(item) : "";
				namespaces.computeIfAbsent(namespace, (ns) -> new ArrayList<>()).add(item);
				names.computeIfAbsent(namespace, (ns) -> new HashMap<>()).putIfAbsent(nameOf(item), item);
			}
			this.byNamespace.put(entry.getKey(), namespaces);
			this.byName.put(entry.getKey(), names);
		}
		for (V1Pod pod : list(ResourceKind.PODS, V1Pod.class)) {
			if (pod.getSpec() != null && pod.getSpec().getNodeName() != null) {
				this.podsByNode.computeIfAbsent(pod.getSpec().getNodeName(), (n) -> new ArrayList<>()).add(pod);
			}
			List<V1OwnerReference> owners = (pod.getMetadata() != null) ? pod.getMetadata().getOwnerReferences() : null;
			if (owners != null) {
				for (V1OwnerReference owner : owners) {
					this.podsByOwnerUid.computeIfAbsent(owner.getUid(), (u) -> new ArrayList<>()).add(pod);
				}
			}
		}
	}

	/** Every object of a kind; empty when the kind was not read. */
	@SuppressWarnings("unchecked")
	public <T> List<T> list(ResourceKind kind, Class<T> type) {
		checkType(kind, type);
		return (List<T>) this.items.getOrDefault(kind, List.of());
	}

	/** The objects of a namespaced kind in one namespace. */
	@SuppressWarnings("unchecked")
	public <T> List<T> inNamespace(ResourceKind kind, String namespace, Class<T> type) {
		checkType(kind, type);
		Map<String, List<Object>> namespaces = this.byNamespace.getOrDefault(kind, Map.of());
		return (List<T>) (List<?>) namespaces.getOrDefault((namespace != null) ? namespace : "", List.of());
	}

	/** One object by namespace (empty for cluster-scoped kinds) and name. */
	public <T> Optional<T> find(ResourceKind kind, String namespace, String name, Class<T> type) {
		checkType(kind, type);
		Map<String, Object> names = this.byName.getOrDefault(kind, Map.of())
			.getOrDefault((namespace != null) ? namespace : "", Map.of());
		Object found = (name != null) ? names.get(name) : null;
		return Optional.ofNullable(type.cast(found));
	}

	/** Pods scheduled on a node. */
	public List<V1Pod> podsOnNode(String nodeName) {
		return this.podsByNode.getOrDefault(nodeName, List.of());
	}

	/** Pods with an owner reference to the given uid. */
	public List<V1Pod> podsOwnedBy(String ownerUid) {
		return this.podsByOwnerUid.getOrDefault(ownerUid, List.of());
	}

	/** Objects of kinds without a typed model, e.g. unknown kinds in manifests. */
	public List<GenericObject> others() {
		return this.others;
	}

	public KindStatus status(ResourceKind kind) {
		return this.statuses.getOrDefault(kind, KindStatus.failed("not collected"));
	}

	public Map<ResourceKind, KindStatus> statuses() {
		return this.statuses;
	}

	/** How long listing a kind took, when it was listed from a cluster. */
	public Optional<Duration> listDuration(ResourceKind kind) {
		return Optional.ofNullable(this.durations.get(kind));
	}

	/** The server's {@code gitVersion}, absent offline. */
	public Optional<String> serverVersion() {
		return Optional.ofNullable(this.serverVersion);
	}

	/**
	 * Whether the API server's certificate was verified when the snapshot was read;
	 * absent offline, where there was no connection.
	 */
	public Optional<Boolean> tlsVerified() {
		return Optional.ofNullable(this.tlsVerified);
	}

	public Instant takenAt() {
		return this.takenAt;
	}

	/** The file an object came from (offline scans only). */
	public Optional<String> sourceOf(ObjectRef ref) {
		return Optional.ofNullable(this.sources.get(ref));
	}

	private static void checkType(ResourceKind kind, Class<?> type) {
		if (!type.isAssignableFrom(kind.modelClass())) {
			throw new IllegalArgumentException(kind + " holds " + kind.modelClass().getSimpleName());
		}
	}

	static String namespaceOf(Object item) {
		if (item instanceof GenericObject generic) {
			return generic.namespace();
		}
		V1ObjectMeta meta = ((KubernetesObject) item).getMetadata();
		return (meta != null && meta.getNamespace() != null) ? meta.getNamespace() : "";
	}

	static String nameOf(Object item) {
		if (item instanceof GenericObject generic) {
			return generic.name();
		}
		V1ObjectMeta meta = ((KubernetesObject) item).getMetadata();
		return (meta != null && meta.getName() != null) ? meta.getName() : "";
	}

	/**
	 * Collects a snapshot. Kinds never given a status count as FAILED ("not collected"),
	 * so a forgotten kind can never look complete.
	 */
	public static final class Builder {

		private final Instant takenAt;

		private final Map<ResourceKind, List<?>> items = new EnumMap<>(ResourceKind.class);

		private final Map<ResourceKind, KindStatus> statuses = new EnumMap<>(ResourceKind.class);

		private final Map<ResourceKind, Duration> durations = new EnumMap<>(ResourceKind.class);

		private final Map<ObjectRef, String> sources = new HashMap<>();

		private final List<GenericObject> others = new ArrayList<>();

		private String serverVersion;

		private Boolean tlsVerified;

		private Builder(Instant takenAt) {
			this.takenAt = takenAt;
		}

		/** Sets the objects and status of one kind (a collector's list result). */
		public Builder kind(ResourceKind kind, List<?> objects, KindStatus status, Duration duration) {
			for (Object object : objects) {
				if (!kind.modelClass().isInstance(object)) {
					throw new IllegalArgumentException(kind + " cannot hold " + object.getClass().getSimpleName());
				}
			}
			this.items.put(kind, List.copyOf(objects));
			this.statuses.put(kind, status);
			if (duration != null) {
				this.durations.put(kind, duration);
			}
			return this;
		}

		/** Adds one object of a kind and marks where it came from (offline). */
		@SuppressWarnings("unchecked")
		public Builder add(ResourceKind kind, Object object, String source) {
			if (!kind.modelClass().isInstance(object)) {
				throw new IllegalArgumentException(kind + " cannot hold " + object.getClass().getSimpleName());
			}
			List<Object> list = (List<Object>) this.items.get(kind);
			if (!(list instanceof ArrayList)) {
				list = (list != null) ? new ArrayList<>(list) : new ArrayList<>();
				this.items.put(kind, list);
			}
			list.add(object);
			if (source != null) {
				this.sources.put(
						new ObjectRef(kind.kind(), kind.namespaced() ? namespaceOf(object) : "", nameOf(object)),
						source);
			}
			return this;
		}

		/** Keeps an object of a kind without a typed model. */
		public Builder addOther(GenericObject object, String source) {
			this.others.add(object);
			if (source != null) {
				this.sources.put(object.ref(), source);
			}
			return this;
		}

		public Builder status(ResourceKind kind, KindStatus status) {
			this.statuses.put(kind, status);
			return this;
		}

		/**
		 * Offline the input is the whole world: every kind not set is present and empty.
		 */
		public Builder remainingKindsComplete() {
			for (ResourceKind kind : ResourceKind.values()) {
				this.statuses.putIfAbsent(kind, KindStatus.COMPLETE);
			}
			return this;
		}

		public Builder tlsVerified(boolean verified) {
			this.tlsVerified = verified;
			return this;
		}

		public Builder serverVersion(String gitVersion) {
			this.serverVersion = gitVersion;
			return this;
		}

		public Snapshot build() {
			this.items.replaceAll((kind, list) -> List.copyOf(list));
			return new Snapshot(this);
		}

	}

}
