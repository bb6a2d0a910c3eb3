package dev.fleetward.fleet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.security.CallerVisibility;
import dev.fleetward.web.InvalidInputException;

/**
 * Fleet-wide views for the dashboard: the summary, the check catalog with counts, and
 * trends. All read stored rollups and the latest scores, never aggregate raw results per
 * request, and count only the clusters the caller may see.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class FleetController {

	private static final int MAX_DAYS = 400;

	private final FleetQueries queries;

	private final CallerVisibility visibility;

	private final Clock clock;

	FleetController(FleetQueries queries, CallerVisibility visibility, Clock clock) {
		this.queries = queries;
		this.visibility = visibility;
		this.clock = clock;
	}

	@GetMapping("/api/v1/fleet/summary")
	FleetQueries.Summary summary(Authentication caller) {
		return this.queries.summary(this.visibility.of(caller));
	}

	@GetMapping("/api/v1/checks")
	List<FleetQueries.CheckCounts> checks(Authentication caller) {
		return this.queries.checks(this.visibility.of(caller));
	}

	@GetMapping("/api/v1/fleet/trend")
	FleetQueries.Trend trends(@RequestParam(required = false) UUID cluster,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication caller) {
		LocalDate end = (to != null) ? to : LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate start = (from != null) ? from : end.minusDays(29);
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "must not be after 'to'");
		}
		if (start.plusDays(MAX_DAYS).isBefore(end)) {
			throw new InvalidInputException("from", "the range may span at most " + MAX_DAYS + " days");
		}
		return this.queries.trend(cluster, start, end, this.visibility.of(caller));
	}

}
