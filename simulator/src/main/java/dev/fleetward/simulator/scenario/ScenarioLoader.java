package dev.fleetward.simulator.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.fleetward.simulator.store.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a scenario folder: {@code cluster.yaml} for the cluster itself, and every other
 * {@code .yaml}, {@code .yml} or {@code .json} file below it, in name order, each holding
 * any number of objects of any kind.
 */
public final class ScenarioLoader {

	/** Classpath folder of the built-in scenarios. */
	public static final String CLASSPATH_ROOT = "scenarios/";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private ScenarioLoader() {
	}

	public static Scenario fromFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("scenario folder not found: " + folder);
		}
		Path clusterFile = folder.resolve("cluster.yaml");
		JsonNode clusterYaml = Files.exists(clusterFile) ? readDocuments(clusterFile).stream().findFirst().orElse(null)
				: null;
		ClusterConfig config = (clusterYaml != null) ? ClusterConfig.from(folder.getFileName().toString(), clusterYaml)
				: ClusterConfig.defaults(folder.getFileName().toString());
		List<tools.jackson.databind.node.ObjectNode> objects = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(ScenarioLoader::isObjectFile).sorted().toList()) {
				if (!file.equals(clusterFile)) {
					readDocuments(file).forEach((document) -> Scenario.addDocument(document, objects));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read scenario " + folder, ex);
		}
		return Scenario.prepare(config, objects, Instant.now());
	}

	/**
	 * Loads a built-in scenario, from the classpath folder {@code scenarios/<name>}.
	 * Synchronized because clusters of a fleet may load from the same jar at once.
	 */
	public static synchronized Scenario fromClasspath(String name) {
		URL marker = ScenarioLoader.class.getClassLoader().getResource(CLASSPATH_ROOT + name + "/cluster.yaml");
		if (marker == null) {
			throw new IllegalArgumentException("no built-in scenario named " + name);
		}
		try {
			URI uri = marker.toURI();
			if (!"jar".equals(uri.getScheme())) {
				return fromFolder(Path.of(uri).getParent());
			}
			FileSystem jar;
			boolean opened = false;
			try {
				jar = FileSystems.newFileSystem(uri, Map.of());
				opened = true;
			}
			catch (FileSystemAlreadyExistsException ex) {
				jar = FileSystems.getFileSystem(uri);
			}
			try {
				return fromFolder(jar.getPath(CLASSPATH_ROOT + name));
			}
			finally {
				if (opened) {
					jar.close();
				}
			}
		}
		catch (URISyntaxException | IOException ex) {
			throw new IllegalStateException("cannot read built-in scenario " + name, ex);
		}
	}

	private static boolean isObjectFile(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
	}

	private static List<JsonNode> readDocuments(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (file.getFileName().toString().endsWith(".json")) {
				return List.of(Json.MAPPER.readTree(text));
			}
			List<JsonNode> documents = new ArrayList<>();
			try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(text)) {
				while (it.hasNext()) {
					JsonNode document = it.next();
					if (document != null && !document.isNull()) {
						documents.add(document);
					}
				}
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
