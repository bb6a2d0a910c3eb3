package dev.fleetward.findings;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.Severity;

/**
 * One cluster's findings of one area and severity after a reconcile, and what that
 * reconcile changed among them; what daily rollups are made of.
 *
 * @param area the area
 * @param severity the severity
 * @param open findings now OPEN
 * @param exempted findings now EXEMPTED
 * @param opened findings seen for the first time
 * @param reopened findings that failed again after being resolved
 * @param resolved findings resolved (fixes)
 * @param retired findings whose check left the catalog (not fixes)
 * @param fixSeconds the sum of the resolved findings' times to fix, in seconds
 */
public record FindingTally(Area area, Severity severity, int open, int exempted, int opened, int reopened, int resolved,
		int retired, long fixSeconds) {

}
