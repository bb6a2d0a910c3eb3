package dev.fleetward.trends;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.checks.CheckResult;

/**
 * One scan's scores: one per area and the overall one (all areas' weights together, not
 * an average of area scores, so an area with few checks does not weigh as much as one
 * with many).
 *
 * @param areas per area, every area present
 * @param overall across areas
 */
public record ScoreCard(Map<Area, Score> areas, Score overall) {

	/**
	 * Scores results; a result whose check is not in the catalog has no area and is left
	 * out.
	 */
	public static ScoreCard of(Iterable<CheckResult> results, Predicate<CheckResult> exempted, CheckCatalog catalog) {
		Map<Area, Score> areas = new EnumMap<>(Area.class);
		for (Area area : Area.values()) {
			areas.put(area, Score.NOTHING);
		}
		for (CheckResult result : results) {
			Area area = catalog.definition(result.checkId()).map(CheckDefinition::area).orElse(null);
			if (area == null) {
				continue;
			}
			Score score = areas.get(area);
			switch (result.status()) {
				case PASS -> areas.put(area, score.plusPassed(result.severity()));
				case FAIL -> areas.put(area, exempted.test(result) ? score.plusExempted(result.severity())
						: score.plusFailed(result.severity()));
				case UNKNOWN, NOT_APPLICABLE -> {
				}
			}
		}
		Score overall = areas.values().stream().reduce(Score.NOTHING, Score::plus);
		return new ScoreCard(Collections.unmodifiableMap(areas), overall);
	}

}
