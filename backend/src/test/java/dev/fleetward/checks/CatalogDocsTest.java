package dev.fleetward.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/checks.md must be what the catalog renders to. */
class CatalogDocsTest {

	private static final Path DOCS = Path.of("../docs/checks.md");

	@Test
	void committedPageMatchesTheCatalog() throws IOException {
		String rendered = CatalogDocs.render(CheckCatalog.load());
		if (Boolean.getBoolean("fleetward.regenerateDocs")) {
			Files.writeString(DOCS, rendered, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(DOCS) ? Files.readString(DOCS, StandardCharsets.UTF_8) : "";
		assertThat(committed).as("docs/checks.md is out of date; regenerate it with: "
				+ "./mvnw -pl backend -am -Dskip.npm test -Dtest=CatalogDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dfleetward.regenerateDocs=true")
			.isEqualTo(rendered);
	}

}
