package dev.fleetward.cli.internal;

import java.io.PrintStream;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fleetward.checks.CheckResult;

/**
 * The JSON contract read by tools outside the project (DESIGN.md, CLI): one entry per
 * check and object judged. Fields may be added, never renamed or removed.
 */
final class JsonFormat {

	private JsonFormat() {
	}

	static void write(List<ScannedResult> results, PrintStream out) {
		JsonArray array = new JsonArray();
		for (ScannedResult scanned : results) {
			CheckResult r = scanned.result();
			JsonObject entry = new JsonObject();
			entry.addProperty("check", r.checkId());
			entry.addProperty("status", r.status().name());
			entry.addProperty("severity", r.severity().label());
			entry.addProperty("kind", r.object().kind());
			entry.addProperty("namespace", r.object().namespace());
			entry.addProperty("name", r.object().name());
			entry.addProperty("detail", r.detail());
			entry.addProperty("message", r.message());
			entry.addProperty("source", scanned.source());
			array.add(entry);
		}
		JsonObject root = new JsonObject();
		root.add("results", array);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
	}

}
