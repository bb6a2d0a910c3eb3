package dev.fleetward.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The metadata of every check, read from {@code checks/catalog.yaml} on the classpath.
 */
public final class CheckCatalog {

	static final String RESOURCE = "checks/catalog.yaml";

	private final Map<String, CheckDefinition> definitions;

	private CheckCatalog(Map<String, CheckDefinition> definitions) {
		this.definitions = definitions;
	}

	public static CheckCatalog load() {
		try (InputStream in = CheckCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static CheckCatalog parse(Object root) {
		Map<String, CheckDefinition> definitions = new LinkedHashMap<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) ((Map<String, Object>) root).get("checks")) {
			String id = text(entry, "id");
			Severity severity = Severity.parse(text(entry, "severity"));
			if (severity == null) {
				throw new IllegalStateException(id + ": unknown severity " + entry.get("severity"));
			}
			Map<String, String> peers = new LinkedHashMap<>();
			((Map<String, Object>) entry.getOrDefault("peers", Map.of()))
				.forEach((peer, ids) -> peers.put(peer, String.valueOf(ids)));
			CheckDefinition definition = new CheckDefinition(id, text(entry, "title"),
					Area.valueOf(text(entry, "area")), severity, text(entry, "requirement"),
					text(entry, "rationale").strip(), text(entry, "remediation").strip(),
					(List<String>) entry.getOrDefault("references", List.of()), peers);
			if (definitions.put(id, definition) != null) {
				throw new IllegalStateException("duplicate check id " + id);
			}
		}
		return new CheckCatalog(definitions);
	}

	private static String text(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		if (value == null) {
			throw new IllegalStateException(entry.get("id") + ": " + key + " is missing in " + RESOURCE);
		}
		return value.toString();
	}

	public Collection<CheckDefinition> definitions() {
		return this.definitions.values();
	}

	public Optional<CheckDefinition> definition(String id) {
		return Optional.ofNullable(this.definitions.get(id));
	}

}
