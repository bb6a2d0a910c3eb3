package dev.fleetward.trends;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.checks.Area;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.VisibleClusters;
import dev.fleetward.security.CallerVisibility;
import dev.fleetward.security.Visibility;
import dev.fleetward.web.InvalidInputException;

/**
 * Scores per scan and daily trends, for charts. Answers from the score and rollup tables
 * only, for the clusters the caller may see; another team's cluster is not found.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('VIEWER')")
class TrendsController {

	/** Longer spans must be asked for in pieces, so one request cannot read years. */
	static final Duration MAX_SPAN = Duration.ofDays(400);

	private final Trends trends;

	private final ClusterRegistry clusters;

	private final CallerVisibility visibility;

	private final Clock clock;

	TrendsController(Trends trends, ClusterRegistry clusters, CallerVisibility visibility, Clock clock) {
		this.trends = trends;
		this.clusters = clusters;
		this.visibility = visibility;
		this.clock = clock;
	}

	/**
	 * @param from inclusive, default 30 days before {@code to}
	 * @param to exclusive, default now
	 * @param area an area or {@code OVERALL}; all when absent
	 */
	@GetMapping("/clusters/{id}/scores")
	Scores scores(@PathVariable UUID id, @RequestParam(required = false) ScoreArea area,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			Authentication caller) {
		Instant end = (to != null) ? to : this.clock.instant();
		Instant start = (from != null) ? from : end.minus(30, ChronoUnit.DAYS);
		checkSpan(start, end);
		this.clusters.get(id, this.visibility.of(caller));
		List<ScorePoint> points = this.trends.scores(id, (area != null) ? area.name() : null, start, end);
		boolean truncated = points.size() > Trends.MAX_SCORE_POINTS;
		return new Scores(truncated ? points.subList(0, Trends.MAX_SCORE_POINTS) : points, truncated);
	}

	/**
	 * @param from first day (UTC), default 30 days before {@code to}
	 * @param to last day (UTC), included, default today
	 */
	@GetMapping("/trends")
	List<TrendPoint> trends(@RequestParam(required = false) UUID cluster, @RequestParam(required = false) Area area,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication caller) {
		LocalDate last = (to != null) ? to : LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate first = (from != null) ? from : last.minusDays(30);
		checkSpan(first.atStartOfDay().toInstant(ZoneOffset.UTC), last.atStartOfDay().toInstant(ZoneOffset.UTC));
		Visibility scope = this.visibility.of(caller);
		if (cluster != null) {
			this.clusters.get(cluster, scope);
		}
		VisibleClusters visible = this.clusters.visible(scope);
		return this.trends.daily(cluster, area, first, last, visible);
	}

	private static void checkSpan(Instant from, Instant to) {
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "must not be after 'to'");
		}
		if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
			throw new InvalidInputException("from", "the span may be at most " + MAX_SPAN.toDays() + " days");
		}
	}

	/** The areas a score exists for. */
	enum ScoreArea {

		OVERALL, HA, NETWORKING, STORAGE, SECURITY

	}

	record Scores(List<ScorePoint> points, boolean truncated) {
	}

}
