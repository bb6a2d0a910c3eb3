package dev.fleetward.checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check's metadata, read from {@code checks/catalog-<area>.yaml}.
 *
 * @param id stable kebab-case id, e.g. {@code ha-pdb-present}
 * @param title one line
 * @param area the area
 * @param severity default severity of a failure
 * @param requirement the production requirement served, e.g. {@code HA4}
 * @param rationale why it matters
 * @param remediation how to fix it, with a YAML snippet where one helps
 * @param references documentation links
 * @param peers equivalent ids in other scanners, by scanner name
 */
public record CheckDefinition(String id, String title, Area area, Severity severity, String requirement,
		String rationale, String remediation, List<String> references, Map<String, String> peers) {

	public CheckDefinition {
		references = List.copyOf(references);
		// Keep the catalog's order: the generated page must be stable.
		peers = Collections.unmodifiableMap(new LinkedHashMap<>(peers));
	}

}
