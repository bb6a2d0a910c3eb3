package dev.fleetward.simulator.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays the EndpointSlice controller once at load time: every Service with a selector
 * gets a slice listing the pods it selects, ready or not, so Services are backed exactly
 * as far as their pods are.
 */
final class EndpointSlices {

	private EndpointSlices() {
	}

	static void add(List<ObjectNode> objects) {
		Map<String, List<ObjectNode>> podsByNamespace = new HashMap<>();
		Map<String, String> zoneByNode = new HashMap<>();
		Set<String> existing = new HashSet<>();
		for (ObjectNode object : objects) {
			switch (Json.text(object, "kind")) {
				case "Pod" ->
					podsByNamespace.computeIfAbsent(Json.text(object, "metadata.namespace"), (ns) -> new ArrayList<>())
						.add(object);
				case "Node" -> zoneByNode.put(Json.text(object, "metadata.name"),
						object.path("metadata").path("labels").path(Scheduler.ZONE).asString(""));
				case "EndpointSlice" -> existing.add(Json.text(object, "metadata.namespace") + "/"
						+ object.path("metadata").path("labels").path("kubernetes.io/service-name").asString(""));
				default -> {
				}
			}
		}
		List<ObjectNode> slices = new ArrayList<>();
		for (ObjectNode service : objects) {
			JsonNode selector = service.path("spec").path("selector");
			String namespace = Json.text(service, "metadata.namespace");
			String name = Json.text(service, "metadata.name");
			if (!"Service".equals(Json.text(service, "kind")) || !selector.isObject() || selector.isEmpty()
					|| existing.contains(namespace + "/" + name)) {
				continue;
			}
			List<ObjectNode> selected = podsByNamespace.getOrDefault(namespace, List.of())
				.stream()
				.filter((pod) -> selects(selector, pod) && !Json.text(pod, "status.podIP").isEmpty())
				.toList();
			slices.add(slice(service, selected, zoneByNode));
		}
		objects.addAll(slices);
	}

	private static boolean selects(JsonNode selector, ObjectNode pod) {
		JsonNode labels = pod.path("metadata").path("labels");
		for (var entry : selector.properties()) {
			if (!entry.getValue().asString("").equals(labels.path(entry.getKey()).asString(null))) {
				return false;
			}
		}
		return true;
	}

	private static ObjectNode slice(ObjectNode service, List<ObjectNode> pods, Map<String, String> zoneByNode) {
		String name = Json.text(service, "metadata.name");
		ObjectNode slice = Json.object();
		slice.put("apiVersion", "discovery.k8s.io/v1");
		slice.put("kind", "EndpointSlice");
		ObjectNode metadata = slice.putObject("metadata");
		metadata.put("name", name + "-" + WorkloadExpander.suffix(name, 5));
		metadata.put("namespace", Json.text(service, "metadata.namespace"));
		metadata.put("creationTimestamp", Json.text(service, "metadata.creationTimestamp"));
		ObjectNode labels = metadata.putObject("labels");
		labels.put("kubernetes.io/service-name", name);
		labels.put("endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io");
		ObjectNode owner = metadata.putArray("ownerReferences").addObject();
		owner.put("apiVersion", "v1");
		owner.put("kind", "Service");
		owner.put("name", name);
		owner.put("uid",
				Json.text(service, "metadata.uid").isEmpty() ? java.util.UUID
					.nameUUIDFromBytes(("Service" + Json.text(service, "metadata.namespace") + name).getBytes())
					.toString() : Json.text(service, "metadata.uid"));
		Json.obj(service, "metadata").put("uid", Json.text(owner, "uid"));
		owner.put("controller", true);
		owner.put("blockOwnerDeletion", true);
		slice.put("addressType", "IPv4");
		ArrayNode endpoints = slice.putArray("endpoints");
		for (ObjectNode pod : pods) {
			ObjectNode endpoint = endpoints.addObject();
			endpoint.putArray("addresses").add(Json.text(pod, "status.podIP"));
			boolean ready = false;
			for (JsonNode condition : pod.path("status").path("conditions")) {
				if ("Ready".equals(Json.text(condition, "type"))) {
					ready = "True".equals(Json.text(condition, "status"));
				}
			}
			ObjectNode conditions = endpoint.putObject("conditions");
			conditions.put("ready", ready);
			conditions.put("serving", ready);
			conditions.put("terminating", false);
			String node = Json.text(pod, "spec.nodeName");
			endpoint.put("nodeName", node);
			String zone = zoneByNode.getOrDefault(node, "");
			if (!zone.isEmpty()) {
				endpoint.put("zone", zone);
			}
			ObjectNode target = endpoint.putObject("targetRef");
			target.put("kind", "Pod");
			target.put("namespace", Json.text(pod, "metadata.namespace"));
			target.put("name", Json.text(pod, "metadata.name"));
			target.put("uid", Json.text(pod, "metadata.uid"));
		}
		ArrayNode ports = slice.putArray("ports");
		for (JsonNode servicePort : service.path("spec").path("ports")) {
			ObjectNode port = ports.addObject();
			if (servicePort.has("name")) {
				port.put("name", Json.text(servicePort, "name"));
			}
			JsonNode target = servicePort.path("targetPort");
			port.put("port", target.isInt() ? target.asInt() : servicePort.path("port").asInt());
			port.put("protocol", servicePort.path("protocol").asString("TCP"));
		}
		return slice;
	}

}
