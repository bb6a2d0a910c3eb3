package dev.fleetward.checks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fleetward.snapshot.ObjectRef;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * A top-level workload (Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet or
 * ReplicationController without an owner, bare Pod) reduced to what checks judge: its pod
 * template.
 *
 * @param ref the workload object
 * @param metadata the workload's own metadata
 * @param podMetadata the pod template's metadata (labels that selectors match)
 * @param podSpec the pod template's spec
 * @param replicas {@code spec.replicas} as declared, null when absent (the API server
 * defaults it to 1; a manifest often leaves it to an autoscaler)
 * @param batch whether pods run to completion (Job, CronJob, Pod with restartPolicy other
 * than Always)
 */
public record Workload(ObjectRef ref, V1ObjectMeta metadata, V1ObjectMeta podMetadata, V1PodSpec podSpec,
		Integer replicas, boolean batch) {

	public Workload {
		metadata = (metadata != null) ? metadata : new V1ObjectMeta();
		podMetadata = (podMetadata != null) ? podMetadata : new V1ObjectMeta();
		podSpec = (podSpec != null) ? podSpec : new V1PodSpec();
	}

	/**
	 * Deployment, StatefulSet, ReplicaSet or ReplicationController: kinds with a replica
	 * count.
	 */
	public boolean replicated() {
		return switch (kind()) {
			case "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController" -> true;
			default -> false;
		};
	}

	/**
	 * The replica count in effect for replicated kinds (1 when not declared), else null.
	 */
	public Integer effectiveReplicas() {
		if (!replicated()) {
			return null;
		}
		return (this.replicas != null) ? this.replicas : 1;
	}

	public String kind() {
		return this.ref.kind();
	}

	public String namespace() {
		return this.ref.namespace();
	}

	public String name() {
		return this.ref.name();
	}

	public Map<String, String> podLabels() {
		return (this.podMetadata.getLabels() != null) ? this.podMetadata.getLabels() : Map.of();
	}

	/** The app containers. */
	public List<V1Container> containers() {
		return (this.podSpec.getContainers() != null) ? this.podSpec.getContainers() : List.of();
	}

	/** Init containers, then app containers: what runs with the pod's privileges. */
	public List<V1Container> allContainers() {
		List<V1Container> all = new ArrayList<>();
		if (this.podSpec.getInitContainers() != null) {
			all.addAll(this.podSpec.getInitContainers());
		}
		all.addAll(containers());
		return all;
	}

	public boolean isInitContainer(V1Container container) {
		return this.podSpec.getInitContainers() != null && this.podSpec.getInitContainers().contains(container);
	}

	public String describe() {
		return this.ref.kind() + " " + (this.ref.namespace().isEmpty() ? "" : this.ref.namespace() + "/")
				+ this.ref.name();
	}

}
