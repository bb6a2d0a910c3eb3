package dev.fleetward.checks.internal;

import java.util.List;
import java.util.Map;

import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;

/** Kubernetes label selector semantics (matchLabels AND matchExpressions). */
public final class Selectors {

	private Selectors() {
	}

	/**
	 * Whether a selector selects the labels. An empty selector selects everything; a null
	 * one nothing.
	 */
	public static boolean matches(V1LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return false;
		}
		if (selector.getMatchLabels() != null) {
			for (Map.Entry<String, String> entry : selector.getMatchLabels().entrySet()) {
				if (!entry.getValue().equals(labels.get(entry.getKey()))) {
					return false;
				}
			}
		}
		if (selector.getMatchExpressions() != null) {
			for (V1LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
				if (!matches(requirement, labels)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean matches(V1LabelSelectorRequirement requirement, Map<String, String> labels) {
		String value = labels.get(requirement.getKey());
		List<String> values = (requirement.getValues() != null) ? requirement.getValues() : List.of();
		return switch (requirement.getOperator()) {
			case "In" -> value != null && values.contains(value);
			case "NotIn" -> value == null || !values.contains(value);
			case "Exists" -> value != null;
			case "DoesNotExist" -> value == null;
			default -> false;
		};
	}

}
