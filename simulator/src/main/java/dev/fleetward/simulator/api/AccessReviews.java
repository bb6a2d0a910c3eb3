package dev.fleetward.simulator.api;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.fleetward.simulator.fault.FaultState;
import dev.fleetward.simulator.store.Json;
import dev.fleetward.simulator.store.ResourceType;
import dev.fleetward.simulator.store.ResourceTypes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SelfSubjectAccessReview and SelfSubjectRulesReview for the simulated identity: a
 * read-only reader of everything except what a 403 fault forbids, so a permission report
 * agrees with what the lists actually return.
 */
final class AccessReviews {

	private static final Set<String> READ_VERBS = Set.of("get", "list", "watch");

	private final ResourceTypes types;

	private final FaultState faults;

	AccessReviews(ResourceTypes types, FaultState faults) {
		this.types = types;
		this.faults = faults;
	}

	ObjectNode accessReview(ObjectNode review) {
		JsonNode attributes = review.path("spec").path("resourceAttributes");
		boolean allowed;
		String reason;
		if (attributes.isObject()) {
			String verb = Json.text(attributes, "verb");
			String group = Json.text(attributes, "group");
			String resource = Json.text(attributes, "resource");
			boolean forbidden = this.types.all()
				.stream()
				.filter((t) -> t.group().equals(group) && t.resource().equals(resource))
				.anyMatch(this.faults::isForbidden) || this.faults.forbidden().contains(resource);
			allowed = READ_VERBS.contains(verb) && !forbidden;
			reason = allowed ? "RBAC: allowed by ClusterRoleBinding \"fleetward-reader\"" : "";
		}
		else {
			allowed = "get".equals(Json.text(review, "spec.nonResourceAttributes.verb"));
			reason = allowed ? "RBAC: allowed by ClusterRoleBinding \"system:public-info-viewer\"" : "";
		}
		ObjectNode response = base(review, "SelfSubjectAccessReview");
		ObjectNode status = response.putObject("status");
		status.put("allowed", allowed);
		if (!reason.isEmpty()) {
			status.put("reason", reason);
		}
		return response;
	}

	ObjectNode rulesReview(ObjectNode review) {
		Map<String, Set<String>> resourcesByGroup = new TreeMap<>();
		for (ResourceType type : this.types.all()) {
			if (!this.faults.isForbidden(type)) {
				resourcesByGroup.computeIfAbsent(type.group(), (g) -> new TreeSet<>()).add(type.resource());
			}
		}
		ObjectNode response = base(review, "SelfSubjectRulesReview");
		ObjectNode status = response.putObject("status");
		ArrayNode resourceRules = status.putArray("resourceRules");
		ObjectNode reviews = resourceRules.addObject();
		reviews.putArray("verbs").add("create");
		reviews.putArray("apiGroups").add("authorization.k8s.io");
		reviews.putArray("resources").add("selfsubjectaccessreviews").add("selfsubjectrulesreviews");
		resourcesByGroup.forEach((group, resources) -> {
			ObjectNode rule = resourceRules.addObject();
			rule.putArray("verbs").add("get").add("list").add("watch");
			rule.putArray("apiGroups").add(group);
			ArrayNode names = rule.putArray("resources");
			resources.forEach(names::add);
		});
		ObjectNode nonResource = status.putArray("nonResourceRules").addObject();
		nonResource.putArray("verbs").add("get");
		ArrayNode urls = nonResource.putArray("nonResourceURLs");
		for (String url : new String[] { "/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/readyz",
				"/version", "/version/" }) {
			urls.add(url);
		}
		status.put("incomplete", false);
		return response;
	}

	private static ObjectNode base(ObjectNode review, String kind) {
		ObjectNode response = Json.object();
		response.put("kind", kind);
		response.put("apiVersion", "authorization.k8s.io/v1");
		ObjectNode metadata = response.putObject("metadata");
		metadata.put("creationTimestamp", (String) null);
		response.set("spec", review.path("spec").isObject() ? review.get("spec") : Json.object());
		return response;
	}

}
