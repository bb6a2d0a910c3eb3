package dev.fleetward.simulator.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.fleetward.simulator.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns Kubescape's {@code allResourcesMock.json} (a kwok cluster of 299 nodes and 14,651
 * pods, zipped; a map from {@code group/version/namespace/Kind/name} to the object) into
 * a scenario. The file is read where it lies and never copied.
 */
public final class KubescapeMockScenario {

	/** Where the file lies relative to the project root, when it is there. */
	public static final Path DEFAULT_LOCATION = Path.of("..", "shared", "bench-data",
			"kubescape-allResourcesMock.json.zip");

	/** System property that points at the file. */
	public static final String PROPERTY = "fleetward.simulator.kubescape-mock";

	private KubescapeMockScenario() {
	}

	/** The file named by the system property, else the default location, if it exists. */
	public static java.util.Optional<Path> locate() {
		String configured = System.getProperty(PROPERTY, "");
		List<Path> candidates = configured.isEmpty()
				? List.of(DEFAULT_LOCATION, Path.of("..").resolve(DEFAULT_LOCATION)) : List.of(Path.of(configured));
		return candidates.stream().filter(Files::isRegularFile).findFirst();
	}

	public static Scenario load(Path zip) {
		JsonNode all;
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			ZipEntry entry = entries.getNextEntry();
			while (entry != null && !entry.getName().endsWith(".json")) {
				entry = entries.getNextEntry();
			}
			if (entry == null) {
				throw new IllegalArgumentException(zip + " holds no JSON file");
			}
			all = Json.MAPPER.readTree(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + zip, ex);
		}
		List<ObjectNode> objects = new ArrayList<>(all.size());
		for (JsonNode object : all.values()) {
			if (object instanceof ObjectNode o && o.has("kind")) {
				objects.add(o);
			}
		}
		ClusterConfig config = ClusterConfig.from("kubescape-mock",
				Json.parse("{\"description\":\"Kubescape allResourcesMock: kwok, 299 nodes, 14,651 pods\","
						+ "\"version\":{\"gitVersion\":\"v1.27.1\"},\"expandWorkloads\":false}"));
		return Scenario.prepare(config, objects, Instant.now());
	}

}
