package dev.fleetward.findings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One finding with what it is based on, how to fix it, and its history.
 */
public record FindingDetail(@JsonUnwrapped FindingView finding, Map<String, String> evidence, String rationale,
		String remediation, List<String> references, List<Event> events) {

	/** One transition of the finding. */
	public record Event(String type, Instant at, String reason) {
	}

}
