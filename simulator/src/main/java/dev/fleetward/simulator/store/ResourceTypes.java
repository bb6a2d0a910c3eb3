package dev.fleetward.simulator.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The resources a simulated cluster serves: the built-in kinds a poller and kubectl read,
 * plus any kind a scenario brings (custom resources, or kinds we do not list).
 */
public final class ResourceTypes {

	private final Map<String, ResourceType> byApiVersionKind = new ConcurrentHashMap<>();

	private final Map<String, ResourceType> byPath = new ConcurrentHashMap<>();

	/**
	 * Registration order, so built-in kinds win over custom ones with the same plural.
	 */
	private final List<ResourceType> ordered = new CopyOnWriteArrayList<>();

	public ResourceTypes() {
		core("namespaces", "Namespace", false, "ns");
		core("nodes", "Node", false, "no");
		core("pods", "Pod", true, "po");
		core("services", "Service", true, "svc");
		core("endpoints", "Endpoints", true, "ep");
		core("persistentvolumes", "PersistentVolume", false, "pv");
		core("persistentvolumeclaims", "PersistentVolumeClaim", true, "pvc");
		core("resourcequotas", "ResourceQuota", true, "quota");
		core("limitranges", "LimitRange", true, "limits");
		core("serviceaccounts", "ServiceAccount", true, "sa");
		core("secrets", "Secret", true);
		core("configmaps", "ConfigMap", true, "cm");
		core("events", "Event", true, "ev");
		core("replicationcontrollers", "ReplicationController", true, "rc");
		add("apps", "v1", "deployments", "Deployment", true, "deploy");
		add("apps", "v1", "replicasets", "ReplicaSet", true, "rs");
		add("apps", "v1", "statefulsets", "StatefulSet", true, "sts");
		add("apps", "v1", "daemonsets", "DaemonSet", true, "ds");
		add("apps", "v1", "controllerrevisions", "ControllerRevision", true);
		add("batch", "v1", "jobs", "Job", true);
		add("batch", "v1", "cronjobs", "CronJob", true, "cj");
		add("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true, "hpa");
		add("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true, "pdb");
		add("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true, "netpol");
		add("networking.k8s.io", "v1", "ingresses", "Ingress", true, "ing");
		add("networking.k8s.io", "v1", "ingressclasses", "IngressClass", false);
		add("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true);
		add("storage.k8s.io", "v1", "storageclasses", "StorageClass", false, "sc");
		add("storage.k8s.io", "v1", "csidrivers", "CSIDriver", false);
		add("storage.k8s.io", "v1", "csinodes", "CSINode", false);
		add("storage.k8s.io", "v1", "volumeattachments", "VolumeAttachment", false);
		add("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false);
		add("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", false);
		add("rbac.authorization.k8s.io", "v1", "roles", "Role", true);
		add("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", true);
		add("coordination.k8s.io", "v1", "leases", "Lease", true);
		add("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false, "crd",
				"crds");
		add("scheduling.k8s.io", "v1", "priorityclasses", "PriorityClass", false, "pc");
	}

	private void core(String resource, String kind, boolean namespaced, String... shortNames) {
		add("", "v1", resource, kind, namespaced, shortNames);
	}

	private void add(String group, String version, String resource, String kind, boolean namespaced,
			String... shortNames) {
		register(new ResourceType(group, version, resource, kind, namespaced, List.of(shortNames)));
	}

	public void register(ResourceType type) {
		this.byApiVersionKind.putIfAbsent(type.apiVersion() + "/" + type.kind(), type);
		if (this.byPath.putIfAbsent(type.apiVersion() + "/" + type.resource(), type) == null) {
			this.ordered.add(type);
		}
	}

	public Optional<ResourceType> byPath(String apiVersion, String resource) {
		return Optional.ofNullable(this.byPath.get(apiVersion + "/" + resource));
	}

	/**
	 * The type of an object with this apiVersion and kind. A kind nobody declared is
	 * registered on the fly (namespaced when the object has a namespace), so a scenario
	 * can carry any kind.
	 */
	public ResourceType forObject(String apiVersion, String kind, boolean hasNamespace) {
		ResourceType known = this.byApiVersionKind.get(apiVersion + "/" + kind);
		if (known != null) {
			return known;
		}
		int slash = apiVersion.indexOf('/');
		String group = (slash < 0) ? "" : apiVersion.substring(0, slash);
		String version = apiVersion.substring(slash + 1);
		ResourceType guessed = new ResourceType(group, version, plural(kind), kind, hasNamespace, List.of());
		register(guessed);
		return this.byApiVersionKind.get(apiVersion + "/" + kind);
	}

	/** Same rule as the API machinery's default REST mapper. */
	static String plural(String kind) {
		String lower = kind.toLowerCase(Locale.ROOT);
		if (lower.endsWith("s")) {
			return lower + "es";
		}
		if (lower.endsWith("y") && !lower.endsWith("ey")) {
			return lower.substring(0, lower.length() - 1) + "ies";
		}
		return lower + "s";
	}

	public Collection<ResourceType> all() {
		return new ArrayList<>(this.ordered);
	}

	/** Finds a type by its plural, kind or short name, in any group. */
	public Optional<ResourceType> byName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return this.ordered.stream()
			.filter((t) -> t.resource().equals(lower) || t.kind().equalsIgnoreCase(lower)
					|| t.shortNames().contains(lower) || t.groupResource().equals(lower)
					|| t.qualifiedResource().equals(lower))
			.findFirst();
	}

}
