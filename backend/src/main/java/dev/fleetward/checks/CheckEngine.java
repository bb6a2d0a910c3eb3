package dev.fleetward.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.CheckRegistry;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.KindStatus;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;

/**
 * Runs every check of the catalog over a {@link Snapshot}. The engine, not each check,
 * turns a needed kind that was not read completely into UNKNOWN (forbidden or failed) or
 * NOT_APPLICABLE (the API does not exist), so no check can PASS on missing data. Pure: no
 * I/O, no clock, safe to share between threads.
 */
public final class CheckEngine {

	private final CheckCatalog catalog;

	private final ChecksConfig config;

	private final List<Check> checks;

	public CheckEngine(CheckCatalog catalog, ChecksConfig config) {
		this.catalog = catalog;
		this.config = config;
		this.checks = CheckRegistry.all();
		for (Check check : this.checks) {
			if (catalog.definition(check.id()).isEmpty()) {
				throw new IllegalStateException("check " + check.id() + " has no entry in the catalog");
			}
		}
	}

	/** The built-in catalog with default settings. */
	public static CheckEngine withDefaults() {
		return new CheckEngine(CheckCatalog.load(), ChecksConfig.defaults());
	}

	public CheckCatalog catalog() {
		return this.catalog;
	}

	/** The ids of the checks this engine runs, in order. */
	public List<String> checkIds() {
		return this.checks.stream().map(Check::id).toList();
	}

	/** The kinds a check reads. */
	public Set<ResourceKind> needs(String checkId) {
		return this.checks.stream()
			.filter((check) -> check.id().equals(checkId))
			.findFirst()
			.map(Check::needs)
			.orElseThrow(() -> new IllegalArgumentException("no check " + checkId));
	}

	/**
	 * The checks whose every needed kind was read completely from this snapshot. Only
	 * their verdicts may resolve findings (an unread kind proves nothing).
	 */
	public Set<String> checksWithCompleteInput(Snapshot snapshot) {
		Set<String> complete = new LinkedHashSet<>();
		for (Check check : this.checks) {
			if (check.needs().stream().allMatch((kind) -> snapshot.status(kind).isComplete())) {
				complete.add(check.id());
			}
		}
		return complete;
	}

	public List<CheckResult> run(Snapshot snapshot) {
		Workloads workloads = new Workloads(snapshot);
		List<CheckResult> results = new ArrayList<>();
		for (Check check : this.checks) {
			CheckDefinition definition = this.catalog.definition(check.id()).orElseThrow();
			CheckResult blocked = blockedByInput(check, definition, snapshot);
			if (blocked != null) {
				results.add(blocked);
				continue;
			}
			Judge judge = new Judge(definition, snapshot, this.config, workloads);
			try {
				check.evaluate(judge);
			}
			catch (RuntimeException ex) {
				// One broken check must not cost the others; its verdict is unknown,
				// never PASS.
				judge.results().clear();
				judge.unknown(ObjectRef.CLUSTER, "", "The check could not judge this snapshot: " + ex);
			}
			if (judge.results().isEmpty()) {
				judge.notApplicable(ObjectRef.CLUSTER, "", "Nothing to judge: no object this check applies to.");
			}
			results.addAll(judge.results());
		}
		return results;
	}

	private static CheckResult blockedByInput(Check check, CheckDefinition definition, Snapshot snapshot) {
		CheckResult notFound = null;
		for (ResourceKind kind : check.needs()) {
			KindStatus status = snapshot.status(kind);
			switch (status.state()) {
				case FORBIDDEN, FAILED -> {
					return new CheckResult(check.id(), CheckStatus.UNKNOWN, definition.severity(), ObjectRef.CLUSTER,
							"",
							"Cannot judge: " + kind.kind() + " could not be read (" + status.state() + ": "
									+ status.reason() + ").",
							Map.of("kind", kind.kind(), "state", status.state().name()));
				}
				case NOT_FOUND -> notFound = new CheckResult(check.id(), CheckStatus.NOT_APPLICABLE,
						definition.severity(), ObjectRef.CLUSTER, "",
						"Not applicable: the " + kind.kind() + " API does not exist on this cluster.",
						Map.of("kind", kind.kind(), "state", status.state().name()));
				case COMPLETE -> {
				}
			}
		}
		return notFound;
	}

}
