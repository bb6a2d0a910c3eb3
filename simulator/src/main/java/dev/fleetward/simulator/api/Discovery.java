package dev.fleetward.simulator.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fleetward.simulator.store.Json;
import dev.fleetward.simulator.store.ResourceType;
import dev.fleetward.simulator.store.ResourceTypes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Legacy discovery documents ({@code /api}, {@code /apis}, group versions) for the kinds
 * served.
 */
final class Discovery {

	static final String AUTHORIZATION = "authorization.k8s.io/v1";

	private final ResourceTypes types;

	Discovery(ResourceTypes types) {
		this.types = types;
	}

	ObjectNode coreVersions(String serverAddress) {
		ObjectNode versions = Json.object();
		versions.put("kind", "APIVersions");
		versions.putArray("versions").add("v1");
		ObjectNode address = versions.putArray("serverAddressByClientCIDRs").addObject();
		address.put("clientCIDR", "0.0.0.0/0");
		address.put("serverAddress", serverAddress);
		return versions;
	}

	ObjectNode groups() {
		ObjectNode list = Json.object();
		list.put("kind", "APIGroupList");
		list.put("apiVersion", "v1");
		ArrayNode groups = list.putArray("groups");
		versionsByGroup().forEach((group, versions) -> groups.add(group(group, versions)));
		return list;
	}

	/** The APIGroup document, or null when no such group is served. */
	ObjectNode group(String name) {
		List<String> versions = versionsByGroup().get(name);
		if (versions == null) {
			return null;
		}
		ObjectNode group = group(name, versions);
		group.put("kind", "APIGroup");
		group.put("apiVersion", "v1");
		return group;
	}

	/** The APIResourceList of a group version, or null when it is not served. */
	ObjectNode resources(String apiVersion) {
		List<ResourceType> served = this.types.all()
			.stream()
			.filter((t) -> t.apiVersion().equals(apiVersion))
			.sorted(Comparator.comparing(ResourceType::resource))
			.toList();
		boolean authorization = apiVersion.equals(AUTHORIZATION);
		if (served.isEmpty() && !authorization) {
			return null;
		}
		ObjectNode list = Json.object();
		list.put("kind", "APIResourceList");
		list.put("apiVersion", "v1");
		list.put("groupVersion", apiVersion);
		ArrayNode resources = list.putArray("resources");
		for (ResourceType type : served) {
			ObjectNode resource = resource(resources, type.resource(), type.kind(), type.namespaced(), "get", "list",
					"watch");
			type.shortNames().forEach(resource.putArray("shortNames")::add);
		}
		if (authorization) {
			resource(resources, "selfsubjectaccessreviews", "SelfSubjectAccessReview", false, "create");
			resource(resources, "selfsubjectrulesreviews", "SelfSubjectRulesReview", false, "create");
		}
		return list;
	}

	private static ObjectNode resource(ArrayNode resources, String name, String kind, boolean namespaced,
			String... verbs) {
		ObjectNode resource = resources.addObject();
		resource.put("name", name);
		resource.put("singularName", kind.toLowerCase(Locale.ROOT));
		resource.put("namespaced", namespaced);
		resource.put("kind", kind);
		ArrayNode verbList = resource.putArray("verbs");
		for (String verb : verbs) {
			verbList.add(verb);
		}
		return resource;
	}

	private Map<String, List<String>> versionsByGroup() {
		Map<String, List<String>> result = new LinkedHashMap<>();
		this.types.all()
			.stream()
			.filter((t) -> !t.group().isEmpty())
			.sorted(Comparator.comparing(ResourceType::group))
			.forEach((t) -> {
				List<String> versions = result.computeIfAbsent(t.group(), (g) -> new ArrayList<>());
				if (!versions.contains(t.version())) {
					versions.add(t.version());
				}
			});
		result.computeIfAbsent("authorization.k8s.io", (g) -> new ArrayList<>(List.of("v1")));
		return result;
	}

	private static ObjectNode group(String name, List<String> versions) {
		ObjectNode group = Json.object();
		group.put("name", name);
		ArrayNode list = group.putArray("versions");
		for (String version : versions) {
			ObjectNode entry = list.addObject();
			entry.put("groupVersion", name + "/" + version);
			entry.put("version", version);
		}
		ObjectNode preferred = group.putObject("preferredVersion");
		preferred.put("groupVersion", name + "/" + versions.get(0));
		preferred.put("version", versions.get(0));
		return group;
	}

}
