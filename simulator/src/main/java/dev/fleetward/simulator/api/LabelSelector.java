package dev.fleetward.simulator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label selector syntax of the API server, including the set-based forms ({@code in},
 * {@code notin}, {@code !key}) that the fabric8 mock ignores.
 */
final class LabelSelector {

	private static final Pattern SET = Pattern.compile("^\\s*([^\\s!=]+)\\s+(in|notin)\\s+\\((.*)\\)\\s*$");

	private final List<Predicate<Map<String, String>>> requirements;

	private LabelSelector(List<Predicate<Map<String, String>>> requirements) {
		this.requirements = requirements;
	}

	static LabelSelector parse(String selector) {
		List<Predicate<Map<String, String>>> requirements = new ArrayList<>();
		for (String term : split(selector)) {
			if (!term.isBlank()) {
				requirements.add(requirement(term.trim()));
			}
		}
		return new LabelSelector(requirements);
	}

	boolean isEmpty() {
		return this.requirements.isEmpty();
	}

	boolean matches(Map<String, String> labels) {
		return this.requirements.stream().allMatch((r) -> r.test(labels));
	}

	private static Predicate<Map<String, String>> requirement(String term) {
		Matcher set = SET.matcher(term);
		if (set.matches()) {
			String key = set.group(1);
			Set<String> values = Set.of(set.group(3).trim().split("\\s*,\\s*"));
			boolean in = set.group(2).equals("in");
			return (labels) -> in ? values.contains(labels.get(key))
					: !labels.containsKey(key) || !values.contains(labels.get(key));
		}
		if (term.startsWith("!")) {
			String key = term.substring(1).trim();
			return (labels) -> !labels.containsKey(key);
		}
		int notEqual = term.indexOf("!=");
		if (notEqual >= 0) {
			String key = term.substring(0, notEqual).trim();
			String value = term.substring(notEqual + 2).trim();
			return (labels) -> !value.equals(labels.get(key));
		}
		int equal = term.indexOf('=');
		if (equal >= 0) {
			String key = term.substring(0, equal).trim();
			String value = term.substring(equal + 1).replaceFirst("^=", "").trim();
			return (labels) -> value.equals(labels.get(key));
		}
		return (labels) -> labels.containsKey(term);
	}

	/** Splits on commas outside parentheses. */
	private static List<String> split(String selector) {
		List<String> terms = new ArrayList<>();
		int depth = 0;
		StringBuilder current = new StringBuilder();
		for (char c : selector.toCharArray()) {
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			if (c == ',' && depth == 0) {
				terms.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		terms.add(current.toString());
		return terms;
	}

}
