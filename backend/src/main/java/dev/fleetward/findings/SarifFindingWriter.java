package dev.fleetward.findings;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.checks.Severity;

/**
 * Findings as SARIF 2.1.0 for code-scanning and security dashboards: one run whose rules
 * are the check catalog, and one result per finding. There is no file to point at, so a
 * result's location is logical: cluster/namespace/kind/name (no namespace segment for
 * cluster-wide objects).
 */
class SarifFindingWriter implements FindingWriter {

	private final JsonGenerator json;

	private final Map<String, Integer> ruleIndex = new HashMap<>();

	SarifFindingWriter(JsonMapper mapper, CheckCatalog catalog, OutputStream out) {
		this.json = mapper.createGenerator(out);
		this.json.writeStartObject();
		this.json.writeStringProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		this.json.writeStringProperty("version", "2.1.0");
		this.json.writeArrayPropertyStart("runs");
		this.json.writeStartObject();
		this.json.writeObjectPropertyStart("tool");
		this.json.writeObjectPropertyStart("driver");
		this.json.writeStringProperty("name", "Fleetward");
		this.json.writeArrayPropertyStart("rules");
		for (CheckDefinition check : catalog.definitions()) {
			this.ruleIndex.put(check.id(), this.ruleIndex.size());
			this.json
				.writePOJO(new Rule(check.id(), check.title(), new Text(check.title()), new Text(check.rationale()),
						new Text(check.remediation()), new Configuration(level(check.severity())),
						Map.of("area", check.area().name(), "severity", check.severity().label())));
		}
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.writeEndObject();
		this.json.writeArrayPropertyStart("results");
	}

	@Override
	public void write(FindingView f) {
		StringJoiner path = new StringJoiner("/");
		path.add(f.clusterName());
		if (f.namespace() != null && !f.namespace().isEmpty()) {
			path.add(f.namespace());
		}
		path.add(f.kind()).add(f.name());
		Location location = new Location(List.of(new LogicalLocation(f.name(), path.toString(), "resource")));
		Map<String, Object> properties = new HashMap<>();
		properties.put("findingId", f.id());
		properties.put("status", f.status());
		properties.put("severity", f.severity());
		properties.put("area", f.area());
		properties.put("firstSeenAt", String.valueOf(f.firstSeenAt()));
		this.json.writePOJO(new Result(f.checkId(), this.ruleIndex.get(f.checkId()),
				level(Severity.parse(f.severity())), new Text(f.message()), List.of(location), properties));
	}

	@Override
	public void close() {
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.close();
	}

	private static String level(Severity severity) {
		if (severity == null) {
			return "warning";
		}
		return switch (severity) {
			case CRITICAL, HIGH -> "error";
			case MEDIUM -> "warning";
			case LOW, INFO -> "note";
		};
	}

	record Text(String text) {
	}

	record Configuration(String level) {
	}

	record Rule(String id, String name, Text shortDescription, Text fullDescription, Text help,
			Configuration defaultConfiguration, Map<String, String> properties) {
	}

	/** A check gone from the catalog has no rule index; SARIF wants it left out then. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Result(String ruleId, Integer ruleIndex, String level, Text message, List<Location> locations,
			Map<String, Object> properties) {
	}

	record Location(List<LogicalLocation> logicalLocations) {
	}

	record LogicalLocation(String name, String fullyQualifiedName, String kind) {
	}

}
