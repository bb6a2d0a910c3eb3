package dev.fleetward.simulator.scenario;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the pods a controller would create from a pod template, with the status a
 * kubelet would report: Running and Ready, Pending when a claim is unbound, or
 * CrashLoopBackOff for replicas a scenario marks as not ready.
 */
final class PodFactory {

	private final Set<String> pendingClaims;

	private final Map<String, Integer> ipsPerNode = new HashMap<>();

	/**
	 * @param pendingClaims {@code namespace/name} of claims that are not bound
	 */
	PodFactory(Set<String> pendingClaims) {
		this.pendingClaims = pendingClaims;
	}

	ObjectNode pod(ObjectNode owner, String ownerKind, String ownerApiVersion, String name, JsonNode template,
			Map<String, String> extraLabels, Scheduler.Node node, boolean ready, Instant created) {
		String namespace = Json.text(owner, "metadata.namespace");
		ObjectNode pod = Json.object();
		pod.put("apiVersion", "v1");
		pod.put("kind", "Pod");
		ObjectNode metadata = pod.putObject("metadata");
		metadata.put("name", name);
		metadata.put("namespace", namespace);
		metadata.put("uid", java.util.UUID.nameUUIDFromBytes(("Pod" + namespace + name).getBytes()).toString());
		metadata.put("creationTimestamp", created.toString());
		ObjectNode labels = metadata.putObject("labels");
		template.path("metadata").path("labels").forEachEntry((k, v) -> labels.set(k, v));
		extraLabels.forEach(labels::put);
		if (template.path("metadata").path("annotations").isObject()) {
			metadata.set("annotations", template.path("metadata").path("annotations").deepCopy());
		}
		ObjectNode ownerRef = metadata.putArray("ownerReferences").addObject();
		ownerRef.put("apiVersion", ownerApiVersion);
		ownerRef.put("kind", ownerKind);
		ownerRef.put("name", Json.text(owner, "metadata.name"));
		ownerRef.put("uid", Json.text(owner, "metadata.uid"));
		ownerRef.put("controller", true);
		ownerRef.put("blockOwnerDeletion", true);
		ObjectNode spec = (ObjectNode) template.path("spec").deepCopy();
		defaults(spec);
		boolean pending = node == null || claimsPending(spec, namespace);
		if (!pending) {
			spec.put("nodeName", node.name());
		}
		pod.set("spec", spec);
		pod.set("status", pending ? pendingStatus(created) : runningStatus(spec, node, ready, created));
		return pod;
	}

	private static void defaults(ObjectNode spec) {
		putIfAbsent(spec, "restartPolicy", "Always");
		putIfAbsent(spec, "dnsPolicy", "ClusterFirst");
		putIfAbsent(spec, "schedulerName", "default-scheduler");
		putIfAbsent(spec, "serviceAccountName", "default");
		if (!spec.has("terminationGracePeriodSeconds")) {
			spec.put("terminationGracePeriodSeconds", 30);
		}
		ArrayNode tolerations = Json.arr(spec, "tolerations");
		for (String key : new String[] { "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable" }) {
			ObjectNode toleration = tolerations.addObject();
			toleration.put("key", key);
			toleration.put("operator", "Exists");
			toleration.put("effect", "NoExecute");
			toleration.put("tolerationSeconds", 300);
		}
		for (JsonNode container : spec.path("containers")) {
			ObjectNode c = (ObjectNode) container;
			putIfAbsent(c, "imagePullPolicy", Json.text(c, "image").endsWith(":latest") ? "Always" : "IfNotPresent");
			putIfAbsent(c, "terminationMessagePath", "/dev/termination-log");
			putIfAbsent(c, "terminationMessagePolicy", "File");
		}
	}

	private boolean claimsPending(ObjectNode spec, String namespace) {
		for (JsonNode volume : spec.path("volumes")) {
			String claim = Json.text(volume, "persistentVolumeClaim.claimName");
			if (!claim.isEmpty() && this.pendingClaims.contains(namespace + "/" + claim)) {
				return true;
			}
		}
		return false;
	}

	private static ObjectNode pendingStatus(Instant created) {
		ObjectNode status = Json.object();
		status.put("phase", "Pending");
		status.put("qosClass", "Burstable");
		ObjectNode condition = status.putArray("conditions").addObject();
		condition.put("type", "PodScheduled");
		condition.put("status", "False");
		condition.put("reason", "Unschedulable");
		condition.put("message", "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. "
				+ "preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.");
		condition.put("lastTransitionTime", created.toString());
		return status;
	}

	private ObjectNode runningStatus(ObjectNode spec, Scheduler.Node node, boolean ready, Instant created) {
		String started = created.plusSeconds(7).toString();
		ObjectNode status = Json.object();
		status.put("phase", "Running");
		status.put("hostIP", node.internalIp());
		String podIp = spec.path("hostNetwork").asBoolean() ? node.internalIp() : nextIp(node);
		status.put("podIP", podIp);
		status.putArray("podIPs").addObject().put("ip", podIp);
		status.put("startTime", created.plusSeconds(1).toString());
		status.put("qosClass", qosClass(spec));
		ArrayNode conditions = status.putArray("conditions");
		for (String type : new String[] { "PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady",
				"PodScheduled" }) {
			ObjectNode condition = conditions.addObject();
			condition.put("type", type);
			boolean isReady = type.equals("Ready") || type.equals("ContainersReady");
			condition.put("status", (!isReady || ready) ? "True" : "False");
			condition.putNull("lastProbeTime");
			condition.put("lastTransitionTime", started);
		}
		ArrayNode statuses = status.putArray("containerStatuses");
		for (JsonNode container : spec.path("containers")) {
			ObjectNode cs = statuses.addObject();
			String image = Json.text(container, "image");
			cs.put("name", Json.text(container, "name"));
			cs.put("image", image);
			cs.put("imageID", RequiredFields.imageId(image));
			cs.put("containerID", "containerd://" + RequiredFields.sha256(podIp + Json.text(container, "name")));
			cs.put("ready", ready);
			cs.put("started", ready);
			cs.put("restartCount", ready ? 0 : 17);
			ObjectNode state = cs.putObject("state");
			if (ready) {
				state.putObject("running").put("startedAt", started);
			}
			else {
				ObjectNode waiting = state.putObject("waiting");
				waiting.put("reason", "CrashLoopBackOff");
				waiting.put("message", "back-off 5m0s restarting failed container=" + Json.text(container, "name"));
				ObjectNode terminated = cs.putObject("lastState").putObject("terminated");
				terminated.put("exitCode", 1);
				terminated.put("reason", "Error");
				terminated.put("startedAt", started);
				terminated.put("finishedAt", started);
			}
		}
		return status;
	}

	private String nextIp(Scheduler.Node node) {
		int host = this.ipsPerNode.merge(node.name(), 1, Integer::sum) + 1;
		return "10.244." + (node.index() % 250) + "." + (host % 254 + 1);
	}

	private static String qosClass(ObjectNode spec) {
		boolean anyRequests = false;
		for (JsonNode container : spec.path("containers")) {
			JsonNode resources = container.path("resources");
			anyRequests |= resources.path("requests").size() > 0 || resources.path("limits").size() > 0;
		}
		return anyRequests ? "Burstable" : "BestEffort";
	}

	private static void putIfAbsent(ObjectNode node, String field, String value) {
		if (!node.has(field)) {
			node.put(field, value);
		}
	}

}
