package dev.fleetward.checks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.ChecksConfig;
import dev.fleetward.checks.Severity;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.Snapshot;

/**
 * What a check sees (snapshot, settings, derived workloads) and where it reports
 * verdicts.
 */
public final class Judge {

	private final CheckDefinition definition;

	private final Snapshot snapshot;

	private final ChecksConfig config;

	private final Workloads workloads;

	private final List<CheckResult> results = new ArrayList<>();

	public Judge(CheckDefinition definition, Snapshot snapshot, ChecksConfig config, Workloads workloads) {
		this.definition = definition;
		this.snapshot = snapshot;
		this.config = config;
		this.workloads = workloads;
	}

	public Snapshot snapshot() {
		return this.snapshot;
	}

	public ChecksConfig config() {
		return this.config;
	}

	public Workloads workloads() {
		return this.workloads;
	}

	public List<CheckResult> results() {
		return this.results;
	}

	public void pass(ObjectRef object, String detail, String message) {
		add(CheckStatus.PASS, this.definition.severity(), object, detail, message, Map.of());
	}

	public void pass(ObjectRef object, String detail, String message, Map<String, String> evidence) {
		add(CheckStatus.PASS, this.definition.severity(), object, detail, message, evidence);
	}

	public void fail(ObjectRef object, String detail, String message, Map<String, String> evidence) {
		add(CheckStatus.FAIL, this.definition.severity(), object, detail, message, evidence);
	}

	/**
	 * A failure whose severity differs from the catalog's default (e.g. critical for
	 * anonymous access).
	 */
	public void fail(Severity severity, ObjectRef object, String detail, String message, Map<String, String> evidence) {
		add(CheckStatus.FAIL, severity, object, detail, message, evidence);
	}

	public void notApplicable(ObjectRef object, String detail, String message) {
		add(CheckStatus.NOT_APPLICABLE, this.definition.severity(), object, detail, message, Map.of());
	}

	public void unknown(ObjectRef object, String detail, String message) {
		add(CheckStatus.UNKNOWN, this.definition.severity(), object, detail, message, Map.of());
	}

	/**
	 * Not applicable, with the facts that made it so (e.g. a managed provider's lease
	 * count).
	 */
	public void notApplicable(ObjectRef object, String detail, String message, Map<String, String> evidence) {
		add(CheckStatus.NOT_APPLICABLE, this.definition.severity(), object, detail, message, evidence);
	}

	/** Unknown, with the partial evidence that was visible. */
	public void unknown(ObjectRef object, String detail, String message, Map<String, String> evidence) {
		add(CheckStatus.UNKNOWN, this.definition.severity(), object, detail, message, evidence);
	}

	private void add(CheckStatus status, Severity severity, ObjectRef object, String detail, String message,
			Map<String, String> evidence) {
		this.results.add(new CheckResult(this.definition.id(), status, severity, object, detail, message, evidence));
	}

}
