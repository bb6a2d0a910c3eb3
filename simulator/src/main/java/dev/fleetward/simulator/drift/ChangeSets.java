package dev.fleetward.simulator.drift;

import java.util.List;
import java.util.Set;

import dev.fleetward.simulator.Drift;
import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What each {@link Drift} changes, written against whatever the cluster holds. */
final class ChangeSets {

	private static final Set<String> SYSTEM_NAMESPACES = Set.of("calico-system", "calico-apiserver", "tigera-operator",
			"kube-flannel");

	private static final String CONTROL_PLANE = "node-role.kubernetes.io/control-plane";

	private ChangeSets() {
	}

	static void apply(Drift drift, Recorder recorder) {
		switch (drift) {
			case SCALE_DOWN -> scaleDown(recorder);
			case DELETE_PDB -> deletePdb(recorder);
			case ADD_PRIVILEGED_POD -> addPrivilegedPod(recorder);
			case ADD_MISSING_QUOTA -> addMissingQuota(recorder);
			case TAINT_CONTROL_PLANE -> taintControlPlane(recorder);
			case ADD_DEFAULT_STORAGECLASS -> addDefaultStorageClass(recorder);
			case ENCRYPT_SECRETS_AT_REST -> encryptSecretsAtRest(recorder);
		}
	}

	static boolean isSystem(String namespace) {
		return namespace.startsWith("kube-") || SYSTEM_NAMESPACES.contains(namespace);
	}

	private static void scaleDown(Recorder recorder) {
		for (ObjectNode deployment : recorder.store().list("deployments")) {
			String namespace = Json.text(deployment, "metadata.namespace");
			if (isSystem(namespace) || deployment.path("spec").path("replicas").asInt(1) < 2) {
				continue;
			}
			String name = Json.text(deployment, "metadata.name");
			recorder.update("deployments", namespace, name, (d) -> {
				Json.obj(d, "spec").put("replicas", 1);
				ObjectNode status = Json.obj(d, "status");
				for (String field : new String[] { "replicas", "updatedReplicas", "readyReplicas",
						"availableReplicas" }) {
					status.put(field, 1);
				}
			});
			List<ObjectNode> pods = ownedPods(recorder, namespace, name);
			for (int i = 1; i < pods.size(); i++) {
				recorder.delete("pods", namespace, Json.text(pods.get(i), "metadata.name"));
			}
			return;
		}
	}

	private static List<ObjectNode> ownedPods(Recorder recorder, String namespace, String deployment) {
		return recorder.store().list("pods").stream().filter((pod) -> {
			if (!namespace.equals(Json.text(pod, "metadata.namespace"))) {
				return false;
			}
			for (JsonNode ref : pod.path("metadata").path("ownerReferences")) {
				String owner = Json.text(ref, "name");
				if ("ReplicaSet".equals(Json.text(ref, "kind")) && owner.startsWith(deployment + "-")
						&& owner.lastIndexOf('-') == deployment.length()) {
					return true;
				}
			}
			return false;
		}).toList();
	}

	private static void deletePdb(Recorder recorder) {
		recorder.store()
			.list("poddisruptionbudgets")
			.stream()
			.filter((pdb) -> !isSystem(Json.text(pdb, "metadata.namespace")))
			.findFirst()
			.ifPresent((pdb) -> recorder.delete("poddisruptionbudgets", Json.text(pdb, "metadata.namespace"),
					Json.text(pdb, "metadata.name")));
	}

	private static void addPrivilegedPod(Recorder recorder) {
		String namespace = appNamespaces(recorder).stream().findFirst().orElse("default");
		String node = recorder.store()
			.list("nodes")
			.stream()
			.filter((n) -> !n.path("metadata").path("labels").has(CONTROL_PLANE))
			.map((n) -> Json.text(n, "metadata.name"))
			.findFirst()
			.orElse("");
		ObjectNode pod = Json
			.parse("""
					{"apiVersion":"v1","kind":"Pod","metadata":{"name":"node-shell-debug","namespace":"%s",
					"labels":{"app":"node-shell"}},
					"spec":{"nodeName":"%s","hostPID":true,"hostNetwork":true,"restartPolicy":"Never",
					"containers":[{"name":"shell","image":"docker.io/library/alpine:3.22","command":["nsenter","-t","1","-m","-u","-i","-n","sh"],
					"securityContext":{"privileged":true},"volumeMounts":[{"name":"host","mountPath":"/host"}]}],
					"volumes":[{"name":"host","hostPath":{"path":"/","type":"Directory"}}]},
					"status":{"phase":"Running","podIP":"10.0.1.50","hostIP":"10.0.1.50",
					"containerStatuses":[{"name":"shell","image":"docker.io/library/alpine:3.22","ready":true,"restartCount":0,
					"state":{"running":{}}}]}}
					"""
				.formatted(namespace, node));
		dev.fleetward.simulator.scenario.RequiredFields.fill(pod);
		recorder.put("pods", pod);
	}

	private static List<String> appNamespaces(Recorder recorder) {
		return recorder.store()
			.list("namespaces")
			.stream()
			.map((ns) -> Json.text(ns, "metadata.name"))
			.filter((name) -> !isSystem(name) && !name.equals("default"))
			.toList();
	}

	private static void addMissingQuota(Recorder recorder) {
		Set<String> withQuota = new java.util.HashSet<>();
		recorder.store().list("resourcequotas").forEach((q) -> withQuota.add(Json.text(q, "metadata.namespace")));
		for (String namespace : appNamespaces(recorder)) {
			if (!withQuota.contains(namespace)) {
				recorder.put("resourcequotas", Json.parse("""
						{"apiVersion":"v1","kind":"ResourceQuota","metadata":{"name":"compute-quota","namespace":"%s"},
						"spec":{"hard":{"requests.cpu":"8","requests.memory":"16Gi","limits.cpu":"16",
						"limits.memory":"32Gi","pods":"50"}}}
						""".formatted(namespace)));
			}
		}
	}

	private static void taintControlPlane(Recorder recorder) {
		for (ObjectNode node : recorder.store().list("nodes")) {
			JsonNode labels = node.path("metadata").path("labels");
			if (!labels.has(CONTROL_PLANE) && !labels.has("node-role.kubernetes.io/master")) {
				continue;
			}
			boolean tainted = false;
			for (JsonNode taint : node.path("spec").path("taints")) {
				tainted |= CONTROL_PLANE.equals(Json.text(taint, "key"));
			}
			if (!tainted) {
				recorder.update("nodes", "", Json.text(node, "metadata.name"), (n) -> {
					ArrayNode taints = Json.arr(Json.obj(n, "spec"), "taints");
					ObjectNode taint = taints.addObject();
					taint.put("key", CONTROL_PLANE);
					taint.put("effect", "NoSchedule");
				});
			}
		}
	}

	private static void addDefaultStorageClass(Recorder recorder) {
		List<ObjectNode> classes = recorder.store().list("storageclasses");
		if (classes.isEmpty()) {
			recorder.put("storageclasses", Json
				.parse("""
						{"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"standard",
						"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},
						"provisioner":"rancher.io/local-path","reclaimPolicy":"Delete","volumeBindingMode":"WaitForFirstConsumer"}
						"""));
			return;
		}
		recorder.update("storageclasses", "", Json.text(classes.get(0), "metadata.name"),
				(sc) -> Json.obj(Json.obj(sc, "metadata"), "annotations")
					.put("storageclass.kubernetes.io/is-default-class", "true"));
	}

	private static void encryptSecretsAtRest(Recorder recorder) {
		for (ObjectNode pod : recorder.store().list("pods")) {
			if (!"kube-system".equals(Json.text(pod, "metadata.namespace"))
					|| !"kube-apiserver".equals(pod.path("metadata").path("labels").path("component").asString(""))) {
				continue;
			}
			recorder.update("pods", "kube-system", Json.text(pod, "metadata.name"), (p) -> {
				ObjectNode container = (ObjectNode) p.path("spec").path("containers").get(0);
				Json.arr(container, "command").add("--encryption-provider-config=/etc/kubernetes/enc/encryption.yaml");
			});
		}
	}

}
