package dev.fleetward.snapshot;

import java.util.HashMap;
import java.util.Map;

import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1CSIDriver;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EndpointSlice;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressClass;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Lease;
import io.kubernetes.client.openapi.models.V1LimitRange;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1ReplicaSet;
import io.kubernetes.client.openapi.models.V1ReplicationController;
import io.kubernetes.client.openapi.models.V1ResourceQuota;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StorageClass;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * The resource kinds a {@link Snapshot} holds (the read-only ClusterRole's list). Each
 * kind maps to the typed client-java model, or to {@link GenericObject} for custom
 * resources the catalog reads.
 */
public enum ResourceKind {

	NODES("Node", "", false, V1Node.class), NAMESPACES("Namespace", "", false, V1Namespace.class),
	PODS("Pod", "", true, V1Pod.class), SERVICES("Service", "", true, V1Service.class),
	ENDPOINT_SLICES("EndpointSlice", "discovery.k8s.io", true, V1EndpointSlice.class),
	PERSISTENT_VOLUMES("PersistentVolume", "", false, V1PersistentVolume.class),
	PERSISTENT_VOLUME_CLAIMS("PersistentVolumeClaim", "", true, V1PersistentVolumeClaim.class),
	RESOURCE_QUOTAS("ResourceQuota", "", true, V1ResourceQuota.class),
	LIMIT_RANGES("LimitRange", "", true, V1LimitRange.class),
	SERVICE_ACCOUNTS("ServiceAccount", "", true, V1ServiceAccount.class),
	CONFIG_MAPS("ConfigMap", "", true, V1ConfigMap.class), EVENTS("Event", "", true, CoreV1Event.class),
	/** Metadata only: a Secret's values are never kept. */
	SECRETS("Secret", "", true, V1Secret.class), DEPLOYMENTS("Deployment", "apps", true, V1Deployment.class),
	REPLICA_SETS("ReplicaSet", "apps", true, V1ReplicaSet.class),
	STATEFUL_SETS("StatefulSet", "apps", true, V1StatefulSet.class),
	DAEMON_SETS("DaemonSet", "apps", true, V1DaemonSet.class), JOBS("Job", "batch", true, V1Job.class),
	CRON_JOBS("CronJob", "batch", true, V1CronJob.class),
	REPLICATION_CONTROLLERS("ReplicationController", "", true, V1ReplicationController.class),
	HORIZONTAL_POD_AUTOSCALERS("HorizontalPodAutoscaler", "autoscaling", true, V2HorizontalPodAutoscaler.class),
	POD_DISRUPTION_BUDGETS("PodDisruptionBudget", "policy", true, V1PodDisruptionBudget.class),
	NETWORK_POLICIES("NetworkPolicy", "networking.k8s.io", true, V1NetworkPolicy.class),
	INGRESSES("Ingress", "networking.k8s.io", true, V1Ingress.class),
	INGRESS_CLASSES("IngressClass", "networking.k8s.io", false, V1IngressClass.class),
	STORAGE_CLASSES("StorageClass", "storage.k8s.io", false, V1StorageClass.class),
	CSI_DRIVERS("CSIDriver", "storage.k8s.io", false, V1CSIDriver.class),
	ROLES("Role", "rbac.authorization.k8s.io", true, V1Role.class),
	CLUSTER_ROLES("ClusterRole", "rbac.authorization.k8s.io", false, V1ClusterRole.class),
	ROLE_BINDINGS("RoleBinding", "rbac.authorization.k8s.io", true, V1RoleBinding.class),
	CLUSTER_ROLE_BINDINGS("ClusterRoleBinding", "rbac.authorization.k8s.io", false, V1ClusterRoleBinding.class),
	LEASES("Lease", "coordination.k8s.io", true, V1Lease.class),
	CUSTOM_RESOURCE_DEFINITIONS("CustomResourceDefinition", "apiextensions.k8s.io", false,
			V1CustomResourceDefinition.class),
	/** Calico's Felix settings (WireGuard). */
	FELIX_CONFIGURATIONS("FelixConfiguration", "crd.projectcalico.org", false, GenericObject.class),
	/** Istio mTLS mode. */
	PEER_AUTHENTICATIONS("PeerAuthentication", "security.istio.io", true, GenericObject.class);

	private final String kind;

	private final String group;

	private final boolean namespaced;

	private final Class<?> modelClass;

	ResourceKind(String kind, String group, boolean namespaced, Class<?> modelClass) {
		this.kind = kind;
		this.group = group;
		this.namespaced = namespaced;
		this.modelClass = modelClass;
	}

	/** The Kubernetes {@code kind}, e.g. {@code Pod}. */
	public String kind() {
		return this.kind;
	}

	/** The API group, empty for the core group. */
	public String group() {
		return this.group;
	}

	public boolean namespaced() {
		return this.namespaced;
	}

	public Class<?> modelClass() {
		return this.modelClass;
	}

	/** The kind for a Kubernetes {@code kind} name, ignoring the API version. */
	public static ResourceKind ofKind(String kind) {
		return (kind != null) ? ByKind.MAP.get(kind) : null;
	}

	/**
	 * Kind names to kinds, built once: owner references of every pod are resolved through
	 * this on each check run.
	 */
	private static final class ByKind {

		private static final Map<String, ResourceKind> MAP = new HashMap<>();

		static {
			for (ResourceKind k : values()) {
				// The first constant wins, as the linear search it replaces did.
				MAP.putIfAbsent(k.kind, k);
			}
		}

	}

}
