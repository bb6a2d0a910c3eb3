package dev.fleetward.checks.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.fleetward.snapshot.ObjectRef;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * A top-level workload (Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet or
 * ReplicationController without an owner, bare Pod) reduced to what checks judge: its pod
 * template. Built once per engine run and read by dozens of checks, so what every check
 * asks for (the container list, the description used in messages) is computed once here.
 */
public final class Workload {

	private final ObjectRef ref;

	private final V1ObjectMeta metadata;

	private final V1ObjectMeta podMetadata;

	private final V1PodSpec podSpec;

	private final Integer replicas;

	private final boolean batch;

	private final List<V1Container> containers;

	private final List<V1Container> allContainers;

	private final String description;

	private final boolean replicated;

	/**
	 * @param ref the workload object
	 * @param metadata the workload's own metadata
	 * @param podMetadata the pod template's metadata (labels that selectors match)
	 * @param podSpec the pod template's spec
	 * @param replicas {@code spec.replicas} as declared, null when absent (the API server
	 * defaults it to 1; a manifest often leaves it to an autoscaler)
	 * @param batch whether pods run to completion (Job, CronJob, Pod with restartPolicy
	 * other than Always)
	 */
	public Workload(ObjectRef ref, V1ObjectMeta metadata, V1ObjectMeta podMetadata, V1PodSpec podSpec, Integer replicas,
			boolean batch) {
		this.ref = ref;
		this.metadata = (metadata != null) ? metadata : new V1ObjectMeta();
		this.podMetadata = (podMetadata != null) ? podMetadata : new V1ObjectMeta();
		this.podSpec = (podSpec != null) ? podSpec : new V1PodSpec();
		this.replicas = replicas;
		this.batch = batch;
		this.containers = (this.podSpec.getContainers() != null)
				? Collections.unmodifiableList(new ArrayList<>(this.podSpec.getContainers())) : List.of();
		List<V1Container> all = new ArrayList<>();
		if (this.podSpec.getInitContainers() != null) {
			all.addAll(this.podSpec.getInitContainers());
		}
		all.addAll(this.containers);
		this.allContainers = Collections.unmodifiableList(all);
		this.replicated = switch (ref.kind()) {
			case "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController" -> true;
			default -> false;
		};
		this.description = ref.kind() + " " + (ref.namespace().isEmpty() ? "" : ref.namespace() + "/") + ref.name();
	}

	public ObjectRef ref() {
		return this.ref;
	}

	public V1ObjectMeta metadata() {
		return this.metadata;
	}

	public V1ObjectMeta podMetadata() {
		return this.podMetadata;
	}

	public V1PodSpec podSpec() {
		return this.podSpec;
	}

	public Integer replicas() {
		return this.replicas;
	}

	public boolean batch() {
		return this.batch;
	}

	/**
	 * Deployment, StatefulSet, ReplicaSet or ReplicationController: kinds with a replica
	 * count.
	 */
	public boolean replicated() {
		return this.replicated;
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
		return this.containers;
	}

	/** Init containers, then app containers: what runs with the pod's privileges. */
	public List<V1Container> allContainers() {
		return this.allContainers;
	}

	public boolean isInitContainer(V1Container container) {
		return this.podSpec.getInitContainers() != null && this.podSpec.getInitContainers().contains(container);
	}

	/** "Deployment shop/web", for messages. */
	public String describe() {
		return this.description;
	}

}
