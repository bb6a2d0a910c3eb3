package dev.fleetward.simulator;

import java.util.List;

import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.*;

/** Every kind Fleetward's collector reads, with its client-java types. */
record Kinds<T extends KubernetesObject, L extends KubernetesListObject>(Class<T> type, Class<L> listType, String group,
		String version, String plural) {

	String path() {
		return (this.group.isEmpty() ? "/api/" : "/apis/" + this.group + "/") + this.version + "/" + this.plural;
	}

	static final List<Kinds<?, ?>> ALL = List.of(new Kinds<>(V1Node.class, V1NodeList.class, "", "v1", "nodes"),
			new Kinds<>(V1Namespace.class, V1NamespaceList.class, "", "v1", "namespaces"),
			new Kinds<>(V1Pod.class, V1PodList.class, "", "v1", "pods"),
			new Kinds<>(V1Service.class, V1ServiceList.class, "", "v1", "services"),
			new Kinds<>(V1Endpoints.class, V1EndpointsList.class, "", "v1", "endpoints"),
			new Kinds<>(V1PersistentVolume.class, V1PersistentVolumeList.class, "", "v1", "persistentvolumes"),
			new Kinds<>(V1PersistentVolumeClaim.class, V1PersistentVolumeClaimList.class, "", "v1",
					"persistentvolumeclaims"),
			new Kinds<>(V1ResourceQuota.class, V1ResourceQuotaList.class, "", "v1", "resourcequotas"),
			new Kinds<>(V1LimitRange.class, V1LimitRangeList.class, "", "v1", "limitranges"),
			new Kinds<>(V1ServiceAccount.class, V1ServiceAccountList.class, "", "v1", "serviceaccounts"),
			new Kinds<>(V1Secret.class, V1SecretList.class, "", "v1", "secrets"),
			new Kinds<>(V1ConfigMap.class, V1ConfigMapList.class, "", "v1", "configmaps"),
			new Kinds<>(CoreV1Event.class, CoreV1EventList.class, "", "v1", "events"),
			new Kinds<>(V1Deployment.class, V1DeploymentList.class, "apps", "v1", "deployments"),
			new Kinds<>(V1ReplicaSet.class, V1ReplicaSetList.class, "apps", "v1", "replicasets"),
			new Kinds<>(V1StatefulSet.class, V1StatefulSetList.class, "apps", "v1", "statefulsets"),
			new Kinds<>(V1DaemonSet.class, V1DaemonSetList.class, "apps", "v1", "daemonsets"),
			new Kinds<>(V1Job.class, V1JobList.class, "batch", "v1", "jobs"),
			new Kinds<>(V1CronJob.class, V1CronJobList.class, "batch", "v1", "cronjobs"),
			new Kinds<>(V2HorizontalPodAutoscaler.class, V2HorizontalPodAutoscalerList.class, "autoscaling", "v2",
					"horizontalpodautoscalers"),
			new Kinds<>(V1PodDisruptionBudget.class, V1PodDisruptionBudgetList.class, "policy", "v1",
					"poddisruptionbudgets"),
			new Kinds<>(V1NetworkPolicy.class, V1NetworkPolicyList.class, "networking.k8s.io", "v1", "networkpolicies"),
			new Kinds<>(V1Ingress.class, V1IngressList.class, "networking.k8s.io", "v1", "ingresses"),
			new Kinds<>(V1IngressClass.class, V1IngressClassList.class, "networking.k8s.io", "v1", "ingressclasses"),
			new Kinds<>(V1EndpointSlice.class, V1EndpointSliceList.class, "discovery.k8s.io", "v1", "endpointslices"),
			new Kinds<>(V1StorageClass.class, V1StorageClassList.class, "storage.k8s.io", "v1", "storageclasses"),
			new Kinds<>(V1CSIDriver.class, V1CSIDriverList.class, "storage.k8s.io", "v1", "csidrivers"),
			new Kinds<>(V1ClusterRole.class, V1ClusterRoleList.class, "rbac.authorization.k8s.io", "v1",
					"clusterroles"),
			new Kinds<>(V1ClusterRoleBinding.class, V1ClusterRoleBindingList.class, "rbac.authorization.k8s.io", "v1",
					"clusterrolebindings"),
			new Kinds<>(V1Role.class, V1RoleList.class, "rbac.authorization.k8s.io", "v1", "roles"),
			new Kinds<>(V1RoleBinding.class, V1RoleBindingList.class, "rbac.authorization.k8s.io", "v1",
					"rolebindings"),
			new Kinds<>(V1Lease.class, V1LeaseList.class, "coordination.k8s.io", "v1", "leases"),
			new Kinds<>(V1CustomResourceDefinition.class, V1CustomResourceDefinitionList.class, "apiextensions.k8s.io",
					"v1", "customresourcedefinitions"));

}
