package dev.fleetward.findings;

import java.util.List;
import java.util.Set;

import dev.fleetward.checks.CheckResult;

/**
 * Published inside the reconcile's transaction once a scan's findings are written, so
 * what listeners store (scores, rollups) commits or rolls back with the findings.
 *
 * @param outcome the scan reconciled
 * @param summary the transitions it caused
 * @param tallies per area and severity, every combination present
 * @param exemptedFingerprints fingerprints of the failures an active exemption covers
 */
public record FindingsReconciled(ScanOutcome outcome, ReconcileSummary summary, List<FindingTally> tallies,
		Set<String> exemptedFingerprints) {

	public FindingsReconciled {
		tallies = List.copyOf(tallies);
		exemptedFingerprints = Set.copyOf(exemptedFingerprints);
	}

	/**
	 * Whether this failing result is covered by an exemption (and so out of the score).
	 */
	public boolean isExempted(CheckResult result) {
		return !this.exemptedFingerprints.isEmpty()
				&& this.exemptedFingerprints.contains(Fingerprint.of(this.outcome.clusterId(), result));
	}

}
