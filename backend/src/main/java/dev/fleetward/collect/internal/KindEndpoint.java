package dev.fleetward.collect.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.kubernetes.client.openapi.models.CoreV1EventList;
import io.kubernetes.client.openapi.models.V1CSIDriverList;
import io.kubernetes.client.openapi.models.V1ClusterRoleBindingList;
import io.kubernetes.client.openapi.models.V1ClusterRoleList;
import io.kubernetes.client.openapi.models.V1ConfigMapList;
import io.kubernetes.client.openapi.models.V1CronJobList;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinitionList;
import io.kubernetes.client.openapi.models.V1DaemonSetList;
import io.kubernetes.client.openapi.models.V1DeploymentList;
import io.kubernetes.client.openapi.models.V1EndpointSliceList;
import io.kubernetes.client.openapi.models.V1IngressClassList;
import io.kubernetes.client.openapi.models.V1IngressList;
import io.kubernetes.client.openapi.models.V1JobList;
import io.kubernetes.client.openapi.models.V1LeaseList;
import io.kubernetes.client.openapi.models.V1LimitRangeList;
import io.kubernetes.client.openapi.models.V1NamespaceList;
import io.kubernetes.client.openapi.models.V1NetworkPolicyList;
import io.kubernetes.client.openapi.models.V1NodeList;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimList;
import io.kubernetes.client.openapi.models.V1PersistentVolumeList;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudgetList;
import io.kubernetes.client.openapi.models.V1PodList;
import io.kubernetes.client.openapi.models.V1ReplicaSetList;
import io.kubernetes.client.openapi.models.V1ReplicationControllerList;
import io.kubernetes.client.openapi.models.V1ResourceQuotaList;
import io.kubernetes.client.openapi.models.V1RoleBindingList;
import io.kubernetes.client.openapi.models.V1RoleList;
import io.kubernetes.client.openapi.models.V1SecretList;
import io.kubernetes.client.openapi.models.V1ServiceAccountList;
import io.kubernetes.client.openapi.models.V1ServiceList;
import io.kubernetes.client.openapi.models.V1StatefulSetList;
import io.kubernetes.client.openapi.models.V1StorageClassList;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscalerList;

import dev.fleetward.snapshot.ResourceKind;

/**
 * Where each kind is listed, and the client-java list model its pages parse into
 * ({@code null} for custom resources, kept as generic objects).
 *
 * @param kind the snapshot kind
 * @param paths the list paths to try in order (a later API version first, then an older)
 * @param listClass the page's model class, or {@code null} for generic objects
 */
public record KindEndpoint(ResourceKind kind, List<String> paths, Class<?> listClass) {

	private static final Map<ResourceKind, KindEndpoint> ALL = new EnumMap<>(ResourceKind.class);

	static {
		add(ResourceKind.NODES, V1NodeList.class, "/api/v1/nodes");
		add(ResourceKind.NAMESPACES, V1NamespaceList.class, "/api/v1/namespaces");
		add(ResourceKind.PODS, V1PodList.class, "/api/v1/pods");
		add(ResourceKind.SERVICES, V1ServiceList.class, "/api/v1/services");
		add(ResourceKind.ENDPOINT_SLICES, V1EndpointSliceList.class, "/apis/discovery.k8s.io/v1/endpointslices");
		add(ResourceKind.PERSISTENT_VOLUMES, V1PersistentVolumeList.class, "/api/v1/persistentvolumes");
		add(ResourceKind.PERSISTENT_VOLUME_CLAIMS, V1PersistentVolumeClaimList.class, "/api/v1/persistentvolumeclaims");
		add(ResourceKind.RESOURCE_QUOTAS, V1ResourceQuotaList.class, "/api/v1/resourcequotas");
		add(ResourceKind.LIMIT_RANGES, V1LimitRangeList.class, "/api/v1/limitranges");
		add(ResourceKind.SERVICE_ACCOUNTS, V1ServiceAccountList.class, "/api/v1/serviceaccounts");
		add(ResourceKind.CONFIG_MAPS, V1ConfigMapList.class, "/api/v1/configmaps");
		add(ResourceKind.EVENTS, CoreV1EventList.class, "/api/v1/events");
		add(ResourceKind.SECRETS, V1SecretList.class, "/api/v1/secrets");
		add(ResourceKind.DEPLOYMENTS, V1DeploymentList.class, "/apis/apps/v1/deployments");
		add(ResourceKind.REPLICA_SETS, V1ReplicaSetList.class, "/apis/apps/v1/replicasets");
		add(ResourceKind.STATEFUL_SETS, V1StatefulSetList.class, "/apis/apps/v1/statefulsets");
		add(ResourceKind.DAEMON_SETS, V1DaemonSetList.class, "/apis/apps/v1/daemonsets");
		add(ResourceKind.JOBS, V1JobList.class, "/apis/batch/v1/jobs");
		add(ResourceKind.CRON_JOBS, V1CronJobList.class, "/apis/batch/v1/cronjobs");
		add(ResourceKind.REPLICATION_CONTROLLERS, V1ReplicationControllerList.class, "/api/v1/replicationcontrollers");
		add(ResourceKind.HORIZONTAL_POD_AUTOSCALERS, V2HorizontalPodAutoscalerList.class,
				"/apis/autoscaling/v2/horizontalpodautoscalers");
		add(ResourceKind.POD_DISRUPTION_BUDGETS, V1PodDisruptionBudgetList.class,
				"/apis/policy/v1/poddisruptionbudgets");
		add(ResourceKind.NETWORK_POLICIES, V1NetworkPolicyList.class, "/apis/networking.k8s.io/v1/networkpolicies");
		add(ResourceKind.INGRESSES, V1IngressList.class, "/apis/networking.k8s.io/v1/ingresses");
		add(ResourceKind.INGRESS_CLASSES, V1IngressClassList.class, "/apis/networking.k8s.io/v1/ingressclasses");
		add(ResourceKind.STORAGE_CLASSES, V1StorageClassList.class, "/apis/storage.k8s.io/v1/storageclasses");
		add(ResourceKind.CSI_DRIVERS, V1CSIDriverList.class, "/apis/storage.k8s.io/v1/csidrivers");
		add(ResourceKind.ROLES, V1RoleList.class, "/apis/rbac.authorization.k8s.io/v1/roles");
		add(ResourceKind.CLUSTER_ROLES, V1ClusterRoleList.class, "/apis/rbac.authorization.k8s.io/v1/clusterroles");
		add(ResourceKind.ROLE_BINDINGS, V1RoleBindingList.class, "/apis/rbac.authorization.k8s.io/v1/rolebindings");
		add(ResourceKind.CLUSTER_ROLE_BINDINGS, V1ClusterRoleBindingList.class,
				"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings");
		// Only kube-system's leases matter (API-server identity, leader election); the
		// cluster-wide list would add one node lease per node.
		add(ResourceKind.LEASES, V1LeaseList.class, "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases");
		add(ResourceKind.CUSTOM_RESOURCE_DEFINITIONS, V1CustomResourceDefinitionList.class,
				"/apis/apiextensions.k8s.io/v1/customresourcedefinitions");
		add(ResourceKind.FELIX_CONFIGURATIONS, null, "/apis/crd.projectcalico.org/v1/felixconfigurations");
		add(ResourceKind.PEER_AUTHENTICATIONS, null, "/apis/security.istio.io/v1/peerauthentications",
				"/apis/security.istio.io/v1beta1/peerauthentications");
	}

	private static void add(ResourceKind kind, Class<?> listClass, String... paths) {
		ALL.put(kind, new KindEndpoint(kind, List.of(paths), listClass));
	}

	/** The plural resource name, as RBAC rules and access reviews name it. */
	public String resource() {
		String path = this.paths.get(0);
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** The namespace the list is limited to, or empty for a cluster-wide list. */
	public String namespace() {
		String path = this.paths.get(0);
		int at = path.indexOf("/namespaces/");
		return (at < 0) ? ""
				: path.substring(at + "/namespaces/".length(), path.indexOf('/', at + "/namespaces/".length()));
	}

	public static KindEndpoint of(ResourceKind kind) {
		KindEndpoint endpoint = ALL.get(kind);
		if (endpoint == null) {
			throw new IllegalStateException("No list endpoint for " + kind);
		}
		return endpoint;
	}

}
