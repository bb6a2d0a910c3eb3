package dev.fleetward.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.fleetward.snapshot.internal.YamlDocuments;

/**
 * Reads Kubernetes manifests (YAML or JSON, multi-document, {@code List} kinds,
 * directories) into a {@link Snapshot.Builder}. Known kinds become typed client-java
 * models, other kinds {@link GenericObject}s. A bad file or document is reported as a
 * {@link Problem} and the rest is still read. Secret values are dropped on reading.
 */
public final class ManifestLoader {

	private final Gson gson = LenientJson.gson();

	/** One thing wrong in the input, e.g. {@code deploy.yaml:12: invalid YAML: ...}. */
	public record Problem(String file, int line, String message) {

		@Override
		public String toString() {
			return this.file + ((this.line > 0) ? ":" + this.line : "") + ": " + this.message;
		}

	}

	/**
	 * The manifest files under a path: the file itself, or a directory's .yaml/.yml/.json
	 * files.
	 */
	public static List<Path> files(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (Stream<Path> walk = Files.walk(path)) {
			return walk.filter(Files::isRegularFile).filter(ManifestLoader::isManifest).sorted().toList();
		}
	}

	private static boolean isManifest(Path file) {
		String name = file.getFileName().toString().toLowerCase();
		return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
	}

	/** Loads one file into the builder and returns what was wrong in it. */
	public List<Problem> load(Path file, Snapshot.Builder builder) {
		String source = file.toString();
		List<Problem> problems = new ArrayList<>();
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			problems.add(new Problem(source, 0, "cannot read: " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? " " + ex.getMessage() : "")));
			return problems;
		}
		boolean json = source.toLowerCase().endsWith(".json");
		for (YamlDocuments.Document document : YamlDocuments.parse(text, !json)) {
			if (document.problem() != null) {
				problems.add(new Problem(source, document.problemLine(), document.problem()));
			}
			else {
				addObject(document.content(), source, document.line(), builder, problems);
			}
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private void addObject(Object content, String source, int line, Snapshot.Builder builder, List<Problem> problems) {
		if (!(content instanceof Map<?, ?> raw)) {
			problems.add(
					new Problem(source, line, "not a Kubernetes object (expected a mapping with apiVersion and kind)"));
			return;
		}
		Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) raw);
		Object kindValue = map.get("kind");
		if (!(kindValue instanceof String kind) || kind.isBlank()) {
			problems.add(new Problem(source, line, "object without a kind"));
			return;
		}
		if (kind.equals("List") || (kind.endsWith("List") && map.get("items") instanceof List)) {
			Object items = map.get("items");
			if (items instanceof List<?> list) {
				for (Object item : list) {
					addObject(item, source, line, builder, problems);
				}
			}
			return;
		}
		ResourceKind resourceKind = ResourceKind.ofKind(kind);
		try {
			if (resourceKind == null || resourceKind.modelClass() == GenericObject.class) {
				GenericObject generic = generic(map, kind);
				if (resourceKind == null) {
					builder.addOther(generic, source);
				}
				else {
					builder.add(resourceKind, generic, source);
				}
				return;
			}
			if (resourceKind == ResourceKind.SECRETS) {
				// Never keep a Secret's values, not even from a file.
				map.remove("data");
				map.remove("stringData");
			}
			Object model = this.gson.fromJson(this.gson.toJsonTree(map), resourceKind.modelClass());
			builder.add(resourceKind, model, source);
		}
		catch (JsonParseException | IllegalArgumentException | IllegalStateException ex) {
			String cause = (ex.getCause() != null && ex.getCause().getMessage() != null) ? ex.getCause().getMessage()
					: ex.getMessage();
			problems.add(new Problem(source, line, kind + " does not match the Kubernetes schema: " + cause));
		}
	}

	@SuppressWarnings("unchecked")
	private static GenericObject generic(Map<String, Object> map, String kind) {
		Map<String, Object> metadata = (map.get("metadata") instanceof Map<?, ?> m) ? (Map<String, Object>) m
				: Map.of();
		return new GenericObject(String.valueOf(map.getOrDefault("apiVersion", "")), kind,
				(String) metadata.get("namespace"), (String) metadata.get("name"), map);
	}

}
