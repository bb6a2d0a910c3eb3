package dev.fleetward.findings;

/** The transitions of a finding, as recorded in its history. */
public enum FindingEventType {

	OPENED, RESOLVED, REOPENED, EXEMPTED, UNEXEMPTED, RETIRED

}
