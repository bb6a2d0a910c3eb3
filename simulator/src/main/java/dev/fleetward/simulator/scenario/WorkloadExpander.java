package dev.fleetward.simulator.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays the controllers once at load time: Deployments get a ReplicaSet and pods,
 * StatefulSets get pods and bound claims, DaemonSets get a pod per eligible node, and
 * each workload's status says what happened. Scenario authors then write workloads, not
 * thousands of pods. Workloads that already have pods in the scenario are left alone.
 *
 * <p>
 * The annotation {@value #READY_REPLICAS} on a workload limits how many of its pods are
 * ready; the rest are in CrashLoopBackOff.
 */
public final class WorkloadExpander {

	/** Annotation that limits the number of ready pods of a workload. */
	public static final String READY_REPLICAS = "simulator.fleetward.dev/ready-replicas";

	private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

	private final List<ObjectNode> objects;

	private final Scheduler scheduler;

	private final PodFactory pods;

	private final Set<String> owned = new HashSet<>();

	private final String defaultStorageClass;

	private final List<ObjectNode> created = new ArrayList<>();

	private WorkloadExpander(List<ObjectNode> objects) {
		this.objects = objects;
		this.scheduler = new Scheduler(objects);
		Set<String> pending = new HashSet<>();
		String defaultClass = "";
		for (ObjectNode object : objects) {
			String kind = Json.text(object, "kind");
			if (kind.equals("Pod") || kind.equals("ReplicaSet")) {
				for (JsonNode ref : object.path("metadata").path("ownerReferences")) {
					this.owned.add(Json.text(ref, "kind") + "/" + Json.text(object, "metadata.namespace") + "/"
							+ Json.text(ref, "name"));
				}
			}
			if (kind.equals("PersistentVolumeClaim") && "Pending".equals(Json.text(object, "status.phase"))) {
				pending.add(Json.text(object, "metadata.namespace") + "/" + Json.text(object, "metadata.name"));
			}
			if (kind.equals("StorageClass") && "true".equals(object.path("metadata")
				.path("annotations")
				.path("storageclass.kubernetes.io/is-default-class")
				.asString(""))) {
				defaultClass = Json.text(object, "metadata.name");
			}
		}
		this.pods = new PodFactory(pending);
		this.defaultStorageClass = defaultClass;
	}

	/**
	 * Adds what the controllers would have created to {@code objects}.
	 * @param objects the scenario's objects; extended in place
	 */
	public static void expand(List<ObjectNode> objects) {
		WorkloadExpander expander = new WorkloadExpander(objects);
		for (ObjectNode object : List.copyOf(objects)) {
			switch (Json.text(object, "kind")) {
				case "Deployment" -> expander.deployment(object);
				case "StatefulSet" -> expander.statefulSet(object);
				case "DaemonSet" -> expander.daemonSet(object);
				default -> {
				}
			}
		}
		objects.addAll(expander.created);
	}

	private boolean alreadyOwned(String kind, ObjectNode workload) {
		return this.owned.contains(
				kind + "/" + Json.text(workload, "metadata.namespace") + "/" + Json.text(workload, "metadata.name"));
	}

	private void deployment(ObjectNode deployment) {
		ensureIdentity(deployment);
		if (alreadyOwned("Deployment", deployment)) {
			return;
		}
		String name = Json.text(deployment, "metadata.name");
		int replicas = deployment.path("spec").path("replicas").asInt(1);
		String hash = suffix(name + Json.text(deployment, "metadata.namespace"), 10);
		Instant created = createdAt(deployment);
		ObjectNode template = (ObjectNode) deployment.path("spec").path("template").deepCopy();
		Json.obj(Json.obj(template, "metadata"), "labels").put("pod-template-hash", hash);

		ObjectNode replicaSet = Json.object();
		replicaSet.put("apiVersion", "apps/v1");
		replicaSet.put("kind", "ReplicaSet");
		ObjectNode metadata = replicaSet.putObject("metadata");
		metadata.put("name", name + "-" + hash);
		metadata.put("namespace", Json.text(deployment, "metadata.namespace"));
		metadata.put("creationTimestamp", created.toString());
		metadata.put("uid", uid("ReplicaSet", metadata));
		metadata.set("labels", template.path("metadata").path("labels").deepCopy());
		metadata.putObject("annotations").put("deployment.kubernetes.io/revision", "1");
		ownerReference(metadata, deployment, "apps/v1", "Deployment");
		ObjectNode spec = replicaSet.putObject("spec");
		spec.put("replicas", replicas);
		ObjectNode selector = (ObjectNode) deployment.path("spec").path("selector").deepCopy();
		Json.obj(selector, "matchLabels").put("pod-template-hash", hash);
		spec.set("selector", selector);
		spec.set("template", template);
		this.created.add(replicaSet);

		int ready = readyCount(deployment, replicas);
		List<Scheduler.Node> nodes = this.scheduler.eligible(template.path("spec"));
		int offset = Math.abs(name.hashCode());
		for (int i = 0; i < replicas; i++) {
			Scheduler.Node node = nodes.isEmpty() ? null : nodes.get((offset + i) % nodes.size());
			this.created.add(this.pods.pod(replicaSet, "ReplicaSet", "apps/v1",
					name + "-" + hash + "-" + suffix(name + hash + i, 5), template, Map.of(), node, i < ready,
					created.plusSeconds(3)));
		}
		ObjectNode rsStatus = replicaSet.putObject("status");
		rsStatus.put("replicas", replicas);
		rsStatus.put("fullyLabeledReplicas", replicas);
		rsStatus.put("readyReplicas", ready);
		rsStatus.put("availableReplicas", ready);
		rsStatus.put("observedGeneration", 1);
		if (!deployment.has("status")) {
			ObjectNode status = deployment.putObject("status");
			status.put("observedGeneration", 1);
			status.put("replicas", replicas);
			status.put("updatedReplicas", replicas);
			status.put("readyReplicas", ready);
			status.put("availableReplicas", ready);
			if (ready < replicas) {
				status.put("unavailableReplicas", replicas - ready);
			}
			ArrayNode conditions = status.putArray("conditions");
			condition(conditions, "Available", ready >= Math.max(1, replicas - 1), created,
					ready >= Math.max(1, replicas - 1) ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable");
			condition(conditions, "Progressing", true, created, "NewReplicaSetAvailable");
		}
	}

	private void statefulSet(ObjectNode statefulSet) {
		ensureIdentity(statefulSet);
		if (alreadyOwned("StatefulSet", statefulSet)) {
			return;
		}
		String name = Json.text(statefulSet, "metadata.name");
		String namespace = Json.text(statefulSet, "metadata.namespace");
		int replicas = statefulSet.path("spec").path("replicas").asInt(1);
		String revision = name + "-" + suffix(name + namespace, 10);
		Instant created = createdAt(statefulSet);
		ObjectNode template = (ObjectNode) statefulSet.path("spec").path("template").deepCopy();
		List<Scheduler.Node> nodes = this.scheduler.eligible(template.path("spec"));
		int ready = readyCount(statefulSet, replicas);
		int offset = Math.abs(name.hashCode());
		for (int i = 0; i < replicas; i++) {
			String podName = name + "-" + i;
			ObjectNode podTemplate = (ObjectNode) template.deepCopy();
			ArrayNode volumes = Json.arr(Json.obj(podTemplate, "spec"), "volumes");
			for (JsonNode claimTemplate : statefulSet.path("spec").path("volumeClaimTemplates")) {
				String claimName = Json.text(claimTemplate, "metadata.name") + "-" + podName;
				claim(claimTemplate, claimName, namespace, created);
				ObjectNode volume = volumes.addObject();
				volume.put("name", Json.text(claimTemplate, "metadata.name"));
				volume.putObject("persistentVolumeClaim").put("claimName", claimName);
			}
			Scheduler.Node node = nodes.isEmpty() ? null : nodes.get((offset + i) % nodes.size());
			this.created.add(this.pods.pod(statefulSet, "StatefulSet", "apps/v1", podName, podTemplate,
					Map.of("statefulset.kubernetes.io/pod-name", podName, "controller-revision-hash", revision,
							"apps.kubernetes.io/pod-index", Integer.toString(i)),
					node, i < ready, created.plusSeconds(5L * i)));
		}
		if (!statefulSet.has("status")) {
			ObjectNode status = statefulSet.putObject("status");
			status.put("observedGeneration", 1);
			status.put("replicas", replicas);
			status.put("readyReplicas", ready);
			status.put("currentReplicas", replicas);
			status.put("updatedReplicas", replicas);
			status.put("availableReplicas", ready);
			status.put("currentRevision", revision);
			status.put("updateRevision", revision);
			status.put("collisionCount", 0);
		}
	}

	private void claim(JsonNode template, String claimName, String namespace, Instant created) {
		String storageClass = Json.text(template, "spec.storageClassName");
		if (storageClass.isEmpty()) {
			storageClass = this.defaultStorageClass;
		}
		String volumeName = "pvc-" + UUID.nameUUIDFromBytes((namespace + claimName).getBytes());
		JsonNode size = template.path("spec").path("resources").path("requests").path("storage");
		ObjectNode claim = Json.object();
		claim.put("apiVersion", "v1");
		claim.put("kind", "PersistentVolumeClaim");
		ObjectNode metadata = claim.putObject("metadata");
		metadata.put("name", claimName);
		metadata.put("namespace", namespace);
		metadata.put("creationTimestamp", created.toString());
		if (template.path("metadata").path("labels").isObject()) {
			metadata.set("labels", template.path("metadata").path("labels").deepCopy());
		}
		ObjectNode spec = (ObjectNode) template.path("spec").deepCopy();
		spec.put("storageClassName", storageClass);
		spec.put("volumeName", volumeName);
		spec.put("volumeMode", "Filesystem");
		claim.set("spec", spec);
		ObjectNode status = claim.putObject("status");
		status.put("phase", "Bound");
		status.set("accessModes", spec.path("accessModes").deepCopy());
		status.putObject("capacity").set("storage", size.deepCopy());
		this.created.add(claim);

		ObjectNode volume = Json.object();
		volume.put("apiVersion", "v1");
		volume.put("kind", "PersistentVolume");
		ObjectNode volumeMeta = volume.putObject("metadata");
		volumeMeta.put("name", volumeName);
		volumeMeta.put("creationTimestamp", created.toString());
		volumeMeta.putObject("annotations").put("pv.kubernetes.io/provisioned-by", provisioner(storageClass));
		ObjectNode volumeSpec = volume.putObject("spec");
		volumeSpec.set("accessModes", spec.path("accessModes").deepCopy());
		volumeSpec.putObject("capacity").set("storage", size.deepCopy());
		ObjectNode claimRef = volumeSpec.putObject("claimRef");
		claimRef.put("apiVersion", "v1");
		claimRef.put("kind", "PersistentVolumeClaim");
		claimRef.put("name", claimName);
		claimRef.put("namespace", namespace);
		ObjectNode csi = volumeSpec.putObject("csi");
		csi.put("driver", provisioner(storageClass));
		csi.put("volumeHandle", volumeName);
		csi.put("fsType", "ext4");
		volumeSpec.put("persistentVolumeReclaimPolicy", "Delete");
		volumeSpec.put("storageClassName", storageClass);
		volumeSpec.put("volumeMode", "Filesystem");
		volume.putObject("status").put("phase", "Bound");
		this.created.add(volume);
	}

	private String provisioner(String storageClass) {
		for (ObjectNode object : this.objects) {
			if ("StorageClass".equals(Json.text(object, "kind"))
					&& storageClass.equals(Json.text(object, "metadata.name"))) {
				return Json.text(object, "provisioner");
			}
		}
		return "kubernetes.io/no-provisioner";
	}

	private void daemonSet(ObjectNode daemonSet) {
		ensureIdentity(daemonSet);
		if (alreadyOwned("DaemonSet", daemonSet)) {
			return;
		}
		String name = Json.text(daemonSet, "metadata.name");
		String revision = suffix(name + Json.text(daemonSet, "metadata.namespace"), 10);
		Instant created = createdAt(daemonSet);
		JsonNode template = daemonSet.path("spec").path("template");
		List<Scheduler.Node> nodes = this.scheduler.eligible(template.path("spec"));
		int ready = readyCount(daemonSet, nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			this.created.add(
					this.pods.pod(daemonSet, "DaemonSet", "apps/v1", name + "-" + suffix(name + nodes.get(i).name(), 5),
							template, Map.of("controller-revision-hash", revision, "pod-template-generation", "1"),
							nodes.get(i), i < ready, created.plusSeconds(2)));
		}
		if (!daemonSet.has("status")) {
			ObjectNode status = daemonSet.putObject("status");
			status.put("currentNumberScheduled", nodes.size());
			status.put("desiredNumberScheduled", nodes.size());
			status.put("numberMisscheduled", 0);
			status.put("numberReady", ready);
			status.put("numberAvailable", ready);
			status.put("updatedNumberScheduled", nodes.size());
			status.put("observedGeneration", 1);
			if (ready < nodes.size()) {
				status.put("numberUnavailable", nodes.size() - ready);
			}
		}
	}

	private static int readyCount(ObjectNode workload, int replicas) {
		JsonNode annotation = workload.path("metadata").path("annotations").path(READY_REPLICAS);
		return annotation.isMissingNode() ? replicas : Math.min(replicas, Integer.parseInt(annotation.asString()));
	}

	private static void ensureIdentity(ObjectNode workload) {
		ObjectNode metadata = Json.obj(workload, "metadata");
		if (!metadata.has("namespace")) {
			metadata.put("namespace", "default");
		}
		if (!metadata.has("uid")) {
			metadata.put("uid", uid(Json.text(workload, "kind"), metadata));
		}
	}

	private static String uid(String kind, ObjectNode metadata) {
		return UUID
			.nameUUIDFromBytes((kind + Json.text(metadata, "namespace") + Json.text(metadata, "name")).getBytes())
			.toString();
	}

	private static Instant createdAt(ObjectNode workload) {
		String timestamp = Json.text(workload, "metadata.creationTimestamp");
		return timestamp.isEmpty() ? Instant.now() : Instant.parse(timestamp);
	}

	private static void ownerReference(ObjectNode metadata, ObjectNode owner, String apiVersion, String kind) {
		ObjectNode ref = metadata.putArray("ownerReferences").addObject();
		ref.put("apiVersion", apiVersion);
		ref.put("kind", kind);
		ref.put("name", Json.text(owner, "metadata.name"));
		ref.put("uid", Json.text(owner, "metadata.uid"));
		ref.put("controller", true);
		ref.put("blockOwnerDeletion", true);
	}

	private static void condition(ArrayNode conditions, String type, boolean status, Instant at, String reason) {
		ObjectNode condition = conditions.addObject();
		condition.put("type", type);
		condition.put("status", status ? "True" : "False");
		condition.put("lastUpdateTime", at.toString());
		condition.put("lastTransitionTime", at.toString());
		condition.put("reason", reason);
	}

	/**
	 * Deterministic name suffixes in the alphabet Kubernetes uses for generated names.
	 */
	static String suffix(String seed, int length) {
		String hex = RequiredFields.sha256(seed);
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(ALPHABET.charAt(Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16) % ALPHABET.length()));
		}
		return out.toString();
	}

}
