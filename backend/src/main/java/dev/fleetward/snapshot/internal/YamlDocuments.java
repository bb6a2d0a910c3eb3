package dev.fleetward.snapshot.internal;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Splits a YAML stream into documents and parses each on its own, so that one broken
 * document does not hide the others and errors carry the line in the whole file.
 */
public final class YamlDocuments {

	private YamlDocuments() {
	}

	/** One parsed document, or the problem that stopped it. */
	public record Document(int line, Object content, String problem, int problemLine) {
	}

	public static List<Document> parse(String text, boolean splitDocuments) {
		List<Document> documents = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		StringBuilder current = new StringBuilder();
		int start = 1;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			boolean separator = splitDocuments
					&& (line.equals("---") || line.startsWith("--- ") || line.startsWith("---#") || line.equals("..."));
			if (separator) {
				addDocument(documents, current.toString(), start);
				current.setLength(0);
				start = i + 2;
				if (line.length() > 3 && !line.substring(3).trim().startsWith("#")) {
					// "--- value": the document starts on the separator line itself
					current.append(line.substring(3)).append('\n');
					start = i + 1;
				}
			}
			else {
				current.append(line).append('\n');
			}
		}
		addDocument(documents, current.toString(), start);
		return documents;
	}

	private static void addDocument(List<Document> documents, String text, int start) {
		if (text.isBlank()) {
			return;
		}
		try {
			Object content = yaml().load(text);
			if (content != null) {
				documents.add(new Document(start, content, null, 0));
			}
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = start + ((mark != null) ? mark.getLine() : 0);
			String problem = (ex.getProblem() != null) ? ex.getProblem() : ex.getMessage();
			documents.add(new Document(start, null, "invalid YAML: " + problem, line));
		}
		catch (RuntimeException ex) {
			documents.add(new Document(start, null, "invalid YAML: " + ex.getMessage(), start));
		}
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(true);
		options.setMaxAliasesForCollections(50);
		// A fresh instance per document: SnakeYAML is not thread-safe.
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new StringTimestamps());
	}

	/**
	 * YAML 1.1 resolution without timestamps: client-java reads dates from strings, and a
	 * {@code java.util.Date} would not survive the trip through JSON.
	 */
	private static final class StringTimestamps extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.MERGE, MERGE, "<");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

}
