package dev.fleetward.simulator.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills the fields client-java 27 marks required and a real API server always sends
 * (container statuses with image IDs, every node-info field, DaemonSet counters...), so
 * scenario authors can leave them out and strict clients still deserialize every object.
 */
public final class RequiredFields {

	private static final String[] NODE_INFO = { "architecture", "bootID", "containerRuntimeVersion", "kernelVersion",
			"kubeProxyVersion", "kubeletVersion", "machineID", "operatingSystem", "osImage", "systemUUID" };

	private RequiredFields() {
	}

	public static void fill(ObjectNode object) {
		switch (Json.text(object, "kind")) {
			case "Pod" -> pod(object);
			case "Node" -> node(object);
			case "DaemonSet" -> counters(object, "currentNumberScheduled", "desiredNumberScheduled",
					"numberMisscheduled", "numberReady");
			case "ReplicaSet", "StatefulSet" -> counters(object, "replicas");
			case "Event" -> {
				if (!object.has("involvedObject")) {
					object.putObject("involvedObject");
				}
			}
			case "HorizontalPodAutoscaler" -> counters(object, "desiredReplicas");
			default -> {
			}
		}
		conditions(object.path("status"));
	}

	private static void pod(ObjectNode pod) {
		ObjectNode spec = Json.obj(pod, "spec");
		ArrayNode containers = Json.arr(spec, "containers");
		for (int i = 0; i < containers.size(); i++) {
			ObjectNode container = (ObjectNode) containers.get(i);
			if (!container.has("name")) {
				container.put("name", "app-" + i);
			}
		}
		ObjectNode status = Json.obj(pod, "status");
		if (!status.has("phase")) {
			status.put("phase", "Running");
		}
		for (JsonNode list : new JsonNode[] { status.path("containerStatuses"),
				status.path("initContainerStatuses") }) {
			for (JsonNode entry : list) {
				containerStatus((ObjectNode) entry, spec);
			}
		}
		for (JsonNode ip : status.path("podIPs")) {
			if (!ip.has("ip")) {
				((ObjectNode) ip).put("ip", Json.text(status, "podIP"));
			}
		}
	}

	private static void containerStatus(ObjectNode status, ObjectNode podSpec) {
		String name = Json.text(status, "name");
		if (name.isEmpty()) {
			name = Json.text(podSpec.path("containers").path(0), "name");
			status.put("name", name);
		}
		if (!status.has("image")) {
			status.put("image", imageOf(podSpec, name));
		}
		if (!status.has("imageID")) {
			status.put("imageID", imageId(Json.text(status, "image")));
		}
		if (!status.has("ready")) {
			status.put("ready", true);
		}
		if (!status.has("restartCount")) {
			status.put("restartCount", 0);
		}
	}

	private static String imageOf(ObjectNode podSpec, String containerName) {
		for (JsonNode container : podSpec.path("containers")) {
			if (containerName.equals(Json.text(container, "name"))) {
				return Json.text(container, "image");
			}
		}
		return "";
	}

	/** What containerd reports: the repository with the digest of the pulled image. */
	public static String imageId(String image) {
		String repository = image.replaceFirst("@.*$", "").replaceFirst(":[^:/]+$", "");
		if (!repository.contains("/")) {
			repository = "docker.io/library/" + repository;
		}
		return repository + "@sha256:" + sha256(image);
	}

	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void node(ObjectNode node) {
		ObjectNode status = Json.obj(node, "status");
		ObjectNode info = Json.obj(status, "nodeInfo");
		String name = Json.text(node, "metadata.name");
		for (String field : NODE_INFO) {
			if (!info.has(field)) {
				info.put(field, switch (field) {
					case "architecture" -> "amd64";
					case "operatingSystem" -> "linux";
					case "osImage" -> "Ubuntu 24.04.2 LTS";
					case "kernelVersion" -> "6.8.0-71-generic";
					case "containerRuntimeVersion" -> "containerd://1.7.27";
					case "kubeletVersion", "kubeProxyVersion" -> "v1.33.4";
					default -> sha256(field + name).substring(0, 32);
				});
			}
		}
		for (JsonNode address : status.path("addresses")) {
			if (!address.has("type")) {
				((ObjectNode) address).put("type", "InternalIP");
			}
		}
	}

	private static void counters(ObjectNode object, String... fields) {
		JsonNode status = object.get("status");
		if (status instanceof ObjectNode statusObject) {
			for (String field : fields) {
				if (!statusObject.has(field)) {
					statusObject.put(field, 0);
				}
			}
		}
	}

	private static void conditions(JsonNode status) {
		for (JsonNode condition : status.path("conditions")) {
			if (condition instanceof ObjectNode c) {
				if (!c.has("status")) {
					c.put("status", "True");
				}
				if (!c.has("type")) {
					c.put("type", "Ready");
				}
			}
		}
	}

}
