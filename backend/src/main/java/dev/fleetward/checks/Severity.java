package dev.fleetward.checks;

import java.util.Locale;

/**
 * How much a failed check matters, most severe first. {@code INFO} never counts in a
 * score.
 */
public enum Severity {

	CRITICAL, HIGH, MEDIUM, LOW, INFO;

	/** Whether this severity is the given one or worse. */
	public boolean atLeast(Severity other) {
		return ordinal() <= other.ordinal();
	}

	/** Lower-case name, as in the catalog and the CLI's JSON. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses {@code critical}, {@code HIGH}, ...; null when unknown. */
	public static Severity parse(String text) {
		for (Severity severity : values()) {
			if (severity.name().equalsIgnoreCase(text)) {
				return severity;
			}
		}
		return null;
	}

}
