package dev.fleetward.simulator.api;

import java.util.ArrayList;
import java.util.List;

import dev.fleetward.simulator.store.Json;
import dev.fleetward.simulator.store.StoredObject;

/**
 * Field selectors ({@code spec.nodeName=n1}, {@code status.phase!=Running},
 * {@code type=kubernetes.io/service-account-token}) over any field path, which the
 * fabric8 mock answers wrongly.
 */
final class FieldSelector {

	private record Term(String path, String value, boolean equal) {
	}

	private final List<Term> terms;

	private FieldSelector(List<Term> terms) {
		this.terms = terms;
	}

	static FieldSelector parse(String selector) {
		List<Term> terms = new ArrayList<>();
		for (String raw : selector.split(",")) {
			String term = raw.trim();
			if (term.isEmpty()) {
				continue;
			}
			int notEqual = term.indexOf("!=");
			if (notEqual >= 0) {
				terms.add(new Term(term.substring(0, notEqual), term.substring(notEqual + 2), false));
			}
			else {
				int equal = term.indexOf('=');
				String value = term.substring(equal + 1).replaceFirst("^=", "");
				terms.add(new Term(term.substring(0, equal), value, true));
			}
		}
		return new FieldSelector(terms);
	}

	boolean isEmpty() {
		return this.terms.isEmpty();
	}

	boolean matches(StoredObject object) {
		if (this.terms.isEmpty()) {
			return true;
		}
		var tree = object.tree();
		for (Term term : this.terms) {
			String actual = switch (term.path()) {
				case "metadata.name" -> object.name();
				case "metadata.namespace" -> object.namespace();
				default -> Json.text(tree, term.path());
			};
			if (actual.equals(term.value()) != term.equal()) {
				return false;
			}
		}
		return true;
	}

}
