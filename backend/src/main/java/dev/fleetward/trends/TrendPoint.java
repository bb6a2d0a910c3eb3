package dev.fleetward.trends;

import java.time.LocalDate;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.Severity;

/**
 * One day of findings of one area and severity, summed over the clusters asked for.
 *
 * @param day the UTC day
 * @param area the area
 * @param severity the severity
 * @param open open findings after the day's last scan
 * @param exempted exempted findings after the day's last scan
 * @param opened findings seen for the first time that day
 * @param reopened findings that failed again that day
 * @param resolved findings fixed that day
 * @param retired findings whose check left the catalog that day (not fixes)
 * @param meanTimeToFixSeconds mean time from (re)opening to resolution of that day's
 * fixes; null when nothing was fixed
 */
public record TrendPoint(LocalDate day, Area area, Severity severity, int open, int exempted, int opened, int reopened,
		int resolved, int retired, Long meanTimeToFixSeconds) {

}
