package dev.fleetward.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders {@code docs/checks.md} from the catalog, so the documentation cannot drift from
 * the code. {@code CatalogDocsTest} fails when the committed page differs.
 */
public final class CatalogDocs {

	private CatalogDocs() {
	}

	public static String render(CheckCatalog catalog) {
		StringBuilder md = new StringBuilder();
		md.append("# Fleetward checks\n\n");
		md.append("<!-- Generated from backend/src/main/resources/checks/catalog-*.yaml. Do not edit: run\n");
		md.append(
				"     ./mvnw -pl backend -am -Dskip.npm test -Dtest=CatalogDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dfleetward.regenerateDocs=true -->\n\n");
		md.append("Results are PASS, FAIL, UNKNOWN (the input could not be read: never a pass) or NOT_APPLICABLE.\n");
		md.append("Severity is the default for a failure; some checks raise or lower it for a given object.\n\n");
		md.append("| id | title | area | severity | requirement |\n|---|---|---|---|---|\n");
		for (CheckDefinition d : catalog.definitions()) {
			md.append("| [`").append(d.id()).append("`](#").append(d.id()).append(") | ").append(d.title());
			md.append(" | ").append(d.area().title()).append(" | ").append(d.severity().label()).append(" | ");
			md.append(d.requirement()).append(" |\n");
		}
		for (Area area : Area.values()) {
			md.append("\n## ").append(area.title()).append('\n');
			for (CheckDefinition d : catalog.definitions()) {
				if (d.area() == area) {
					section(md, d);
				}
			}
		}
		return md.toString();
	}

	private static void section(StringBuilder md, CheckDefinition d) {
		md.append("\n### ").append(d.id()).append("\n\n");
		md.append("**").append(d.title()).append("** · severity ").append(d.severity().label());
		md.append(" · requirement ").append(d.requirement()).append("\n\n");
		md.append(d.rationale()).append("\n\n");
		md.append("**Remediation.** ").append(d.remediation()).append("\n");
		if (!d.peers().isEmpty()) {
			md.append("\n**Peers:** ");
			md.append(d.peers()
				.entrySet()
				.stream()
				.map((Map.Entry<String, String> e) -> e.getKey() + " `" + e.getValue() + "`")
				.collect(Collectors.joining("; ")));
			md.append("\n");
		}
		if (!d.references().isEmpty()) {
			md.append("\n**References:** ");
			md.append(d.references().stream().map((r) -> "<" + r + ">").collect(Collectors.joining(", ")));
			md.append("\n");
		}
	}

	/**
	 * Writes the page:
	 * {@code java -cp ... dev.fleetward.checks.CatalogDocs docs/checks.md}.
	 */
	public static void main(String[] args) throws IOException {
		Path target = Path.of((args.length > 0) ? args[0] : "docs/checks.md");
		Files.writeString(target, render(CheckCatalog.load()), StandardCharsets.UTF_8);
	}

}
