package dev.fleetward.cli.internal;

import java.io.PrintStream;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.Severity;

/** SARIF 2.1.0 for code-scanning dashboards: one rule per check, one result per FAIL. */
final class SarifFormat {

	private SarifFormat() {
	}

	static void write(List<ScannedResult> results, CheckCatalog catalog, PrintStream out) {
		JsonArray rules = new JsonArray();
		for (CheckDefinition definition : catalog.definitions()) {
			JsonObject rule = new JsonObject();
			rule.addProperty("id", definition.id());
			rule.add("shortDescription", text(definition.title()));
			rule.add("fullDescription", text(definition.rationale()));
			JsonObject help = text(definition.remediation());
			help.addProperty("markdown", definition.remediation());
			rule.add("help", help);
			JsonObject configuration = new JsonObject();
			configuration.addProperty("level", level(definition.severity()));
			rule.add("defaultConfiguration", configuration);
			JsonObject properties = new JsonObject();
			properties.addProperty("severity", definition.severity().label());
			properties.addProperty("area", definition.area().name());
			rule.add("properties", properties);
			rules.add(rule);
		}
		JsonArray sarifResults = new JsonArray();
		for (ScannedResult scanned : results) {
			CheckResult r = scanned.result();
			if (r.status() != CheckStatus.FAIL) {
				continue;
			}
			JsonObject result = new JsonObject();
			result.addProperty("ruleId", r.checkId());
			result.addProperty("level", level(r.severity()));
			result.add("message", text(r.message()));
			JsonObject location = new JsonObject();
			if (scanned.source() != null) {
				JsonObject artifact = new JsonObject();
				artifact.addProperty("uri", scanned.source().replace('\\', '/'));
				JsonObject physical = new JsonObject();
				physical.add("artifactLocation", artifact);
				location.add("physicalLocation", physical);
			}
			JsonObject logical = new JsonObject();
			logical.addProperty("name", r.object().name());
			logical.addProperty("fullyQualifiedName", r.object().kind() + "/" + r.object().namespace() + "/"
					+ r.object().name() + (r.detail().isEmpty() ? "" : "/" + r.detail()));
			logical.addProperty("kind", r.object().kind());
			JsonArray logicals = new JsonArray();
			logicals.add(logical);
			location.add("logicalLocations", logicals);
			JsonArray locations = new JsonArray();
			locations.add(location);
			result.add("locations", locations);
			sarifResults.add(result);
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "Fleetward");
		driver.addProperty("informationUri", "https://github.com/fleetward/fleetward");
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", sarifResults);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject root = new JsonObject();
		root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		root.addProperty("version", "2.1.0");
		root.add("runs", runs);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
	}

	private static JsonObject text(String text) {
		JsonObject object = new JsonObject();
		object.addProperty("text", text);
		return object;
	}

	private static String level(Severity severity) {
		return switch (severity) {
			case CRITICAL, HIGH -> "error";
			case MEDIUM -> "warning";
			case LOW, INFO -> "note";
		};
	}

}
