package dev.fleetward.findings;

/**
 * How many findings changed in one reconcile, by transition. Retired findings are not
 * fixes and are never counted as resolved.
 */
public record ReconcileSummary(int opened, int resolved, int reopened, int exempted, int unexempted, int retired) {

	/** Nothing changed, e.g. after a scan that did not finish. */
	public static final ReconcileSummary NONE = new ReconcileSummary(0, 0, 0, 0, 0, 0);

}
