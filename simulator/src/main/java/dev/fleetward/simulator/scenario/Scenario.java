package dev.fleetward.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A cluster's configuration and objects, ready to be served.
 *
 * @param config what {@code cluster.yaml} says
 * @param objects every object, including what controllers would have created
 */
public record Scenario(ClusterConfig config, List<ObjectNode> objects) {

	private static final Pattern RELATIVE = Pattern.compile("now(?:-(\\d+)([smhd]))?");

	/** Age given to objects whose scenario names no creationTimestamp. */
	static final Duration DEFAULT_AGE = Duration.ofDays(41);

	/**
	 * Turns authored objects into what a running cluster would show: relative timestamps
	 * ({@code now-2h}) resolved, workloads expanded, required fields filled.
	 */
	public static Scenario prepare(ClusterConfig config, List<ObjectNode> authored, Instant now) {
		List<ObjectNode> objects = new ArrayList<>(authored.size() * 3);
		Instant base = now.truncatedTo(ChronoUnit.SECONDS);
		for (ObjectNode object : authored) {
			ObjectNode metadata = Json.obj(object, "metadata");
			metadata.put("creationTimestamp", timestamp(Json.text(metadata, "creationTimestamp"), base));
			objects.add(object);
		}
		if (config.expandWorkloads()) {
			WorkloadExpander.expand(objects);
			EndpointSlices.add(objects);
		}
		objects.forEach(RequiredFields::fill);
		return new Scenario(config, objects);
	}

	static String timestamp(String value, Instant now) {
		if (value.isEmpty()) {
			return now.minus(DEFAULT_AGE).toString();
		}
		Matcher m = RELATIVE.matcher(value);
		if (!m.matches()) {
			return value;
		}
		if (m.group(1) == null) {
			return now.toString();
		}
		long amount = Long.parseLong(m.group(1));
		ChronoUnit unit = switch (m.group(2)) {
			case "s" -> ChronoUnit.SECONDS;
			case "m" -> ChronoUnit.MINUTES;
			case "h" -> ChronoUnit.HOURS;
			default -> ChronoUnit.DAYS;
		};
		return now.minus(amount, unit).toString();
	}

	/** Expands {@code kind: List} documents into their items. */
	static void addDocument(JsonNode document, List<ObjectNode> into) {
		if (!(document instanceof ObjectNode object)) {
			return;
		}
		if (Json.text(object, "kind").endsWith("List") && object.path("items").isArray()) {
			String itemKind = Json.text(object, "kind").replaceFirst("List$", "");
			for (JsonNode item : object.path("items")) {
				if (item instanceof ObjectNode itemObject) {
					if (!itemObject.has("kind") && !itemKind.isEmpty()) {
						itemObject.put("kind", itemKind);
						itemObject.put("apiVersion", Json.text(object, "apiVersion"));
					}
					into.add(itemObject);
				}
			}
			return;
		}
		if (object.has("kind")) {
			into.add(object);
		}
	}

}
