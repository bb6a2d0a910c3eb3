package dev.fleetward.checks.internal.sto;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StorageClass;
import io.kubernetes.client.openapi.models.V1Volume;

/** Storage facts several checks share: default classes, claims in use, volumes. */
final class Storage {

	static final String DEFAULT_ANNOTATION = "storageclass.kubernetes.io/is-default-class";

	/**
	 * The pre-GA annotation, still honoured by the DefaultStorageClass admission plugin.
	 */
	static final String BETA_DEFAULT_ANNOTATION = "storageclass.beta.kubernetes.io/is-default-class";

	private Storage() {
	}

	static boolean isDefault(V1StorageClass sc) {
		Map<String, String> annotations = (sc.getMetadata() != null && sc.getMetadata().getAnnotations() != null)
				? sc.getMetadata().getAnnotations() : Map.of();
		return "true".equals(annotations.get(DEFAULT_ANNOTATION))
				|| "true".equals(annotations.get(BETA_DEFAULT_ANNOTATION));
	}

	static List<V1StorageClass> defaultClasses(Snapshot snapshot) {
		return snapshot.list(ResourceKind.STORAGE_CLASSES, V1StorageClass.class)
			.stream()
			.filter(Storage::isDefault)
			.toList();
	}

	/**
	 * Offline manifests with neither Nodes nor StorageClasses describe applications, not
	 * a cluster: cluster-level storage checks have nothing to judge there.
	 */
	static boolean noClusterInInput(Snapshot snapshot) {
		return snapshot.status(ResourceKind.NODES).isComplete()
				&& snapshot.list(ResourceKind.NODES, Object.class).isEmpty()
				&& snapshot.list(ResourceKind.STORAGE_CLASSES, Object.class).isEmpty();
	}

	static List<V1Volume> volumes(V1PodSpec spec) {
		return (spec != null && spec.getVolumes() != null) ? spec.getVolumes() : List.of();
	}

	/** Claim names a pod spec mounts through {@code persistentVolumeClaim} volumes. */
	static List<String> claimNames(V1PodSpec spec) {
		return volumes(spec).stream()
			.filter((v) -> v.getPersistentVolumeClaim() != null)
			.map((v) -> v.getPersistentVolumeClaim().getClaimName())
			.toList();
	}

	/**
	 * "namespace/claim" of every claim a Pod mounts or a workload template refers to (a
	 * CronJob or a scaled-down Deployment still means the claim is wanted).
	 */
	static Set<String> claimsInUse(Judge judge) {
		Set<String> used = new HashSet<>();
		for (V1Pod pod : judge.snapshot().list(ResourceKind.PODS, V1Pod.class)) {
			String namespace = (pod.getMetadata() != null) ? pod.getMetadata().getNamespace() : "";
			claimNames(pod.getSpec()).forEach((claim) -> used.add(key(namespace, claim)));
		}
		for (Workload workload : judge.workloads().all()) {
			claimNames(workload.podSpec()).forEach((claim) -> used.add(key(workload.namespace(), claim)));
		}
		// A StatefulSet's pod i mounts claim <template>-<set>-<i> of each claim template.
		for (V1StatefulSet set : judge.snapshot().list(ResourceKind.STATEFUL_SETS, V1StatefulSet.class)) {
			int replicas = (set.getSpec().getReplicas() != null) ? set.getSpec().getReplicas() : 1;
			for (V1PersistentVolumeClaim template : claimTemplates(set)) {
				for (int i = 0; i < replicas; i++) {
					used.add(key(set.getMetadata().getNamespace(),
							template.getMetadata().getName() + "-" + set.getMetadata().getName() + "-" + i));
				}
			}
		}
		return used;
	}

	static List<V1PersistentVolumeClaim> claimTemplates(V1StatefulSet set) {
		return (set.getSpec() != null && set.getSpec().getVolumeClaimTemplates() != null)
				? set.getSpec().getVolumeClaimTemplates() : List.of();
	}

	static String key(String namespace, String name) {
		return ((namespace != null) ? namespace : "") + "/" + name;
	}

	static ObjectRef ref(String kind, V1ObjectMeta meta) {
		return new ObjectRef(kind, (meta != null) ? meta.getNamespace() : "", (meta != null) ? meta.getName() : "");
	}

	static String phase(V1PersistentVolumeClaim pvc) {
		return (pvc.getStatus() != null) ? pvc.getStatus().getPhase() : null;
	}

}
