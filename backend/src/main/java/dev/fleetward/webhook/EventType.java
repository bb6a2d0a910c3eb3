package dev.fleetward.webhook;

import java.util.Arrays;
import java.util.Optional;

import dev.fleetward.findings.FindingEventType;

/** The events a subscription can ask for, by their wire names. */
enum EventType {

	FINDING_OPENED("finding.opened"), FINDING_RESOLVED("finding.resolved"), FINDING_REOPENED("finding.reopened"),
	SCAN_FAILED("scan.failed"), CLUSTER_STALE("cluster.stale");

	private final String wireName;

	EventType(String wireName) {
		this.wireName = wireName;
	}

	String wireName() {
		return this.wireName;
	}

	static Optional<EventType> ofWireName(String name) {
		return Arrays.stream(values()).filter((type) -> type.wireName.equals(name)).findFirst();
	}

	/** The webhook event of a finding transition, if subscribers are told of it. */
	static Optional<EventType> of(FindingEventType transition) {
		return switch (transition) {
			case OPENED -> Optional.of(FINDING_OPENED);
			case RESOLVED -> Optional.of(FINDING_RESOLVED);
			case REOPENED -> Optional.of(FINDING_REOPENED);
			default -> Optional.empty();
		};
	}

}
