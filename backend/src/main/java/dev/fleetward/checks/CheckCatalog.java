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
 * The metadata of every check, read from {@code checks/catalog-<area>.yaml} on the
 * classpath.
 */
public final class CheckCatalog {

	/** One file per area, so each area's checks can be edited on their own. */
	static final List<String> RESOURCES = List.of("checks/catalog-ha.yaml", "checks/catalog-networking.yaml",
			"checks/catalog-storage.yaml", "checks/catalog-security.yaml");

	private final Map<String, CheckDefinition> definitions;

	private CheckCatalog(Map<String, CheckDefinition> definitions) {
		this.definitions = definitions;
	}

	public static CheckCatalog load() {
		Map<String, CheckDefinition> definitions = new LinkedHashMap<>();
		for (String resource : RESOURCES) {
			try (InputStream in = CheckCatalog.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException(resource + " is missing from the classpath");
				}
				parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), resource, definitions);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new CheckCatalog(definitions);
	}

	@SuppressWarnings("unchecked")
	private static void parse(Object root, String resource, Map<String, CheckDefinition> definitions) {
		for (Map<String, Object> entry : (List<Map<String, Object>>) ((Map<String, Object>) root).get("checks")) {
			String id = text(entry, "id", resource);
			Severity severity = Severity.parse(text(entry, "severity", resource));
			if (severity == null) {
				throw new IllegalStateException(id + ": unknown severity " + entry.get("severity"));
			}
			Map<String, String> peers = new LinkedHashMap<>();
			((Map<String, Object>) entry.getOrDefault("peers", Map.of()))
				.forEach((peer, ids) -> peers.put(peer, String.valueOf(ids)));
			CheckDefinition definition = new CheckDefinition(id, text(entry, "title", resource),
					Area.valueOf(text(entry, "area", resource)), severity, text(entry, "requirement", resource),
					text(entry, "rationale", resource).strip(), text(entry, "remediation", resource).strip(),
					(List<String>) entry.getOrDefault("references", List.of()), peers);
			if (definitions.put(id, definition) != null) {
				throw new IllegalStateException("duplicate check id " + id);
			}
		}
	}

	private static String text(Map<String, Object> entry, String key, String resource) {
		Object value = entry.get(key);
		if (value == null) {
			throw new IllegalStateException(entry.get("id") + ": " + key + " is missing in " + resource);
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
