package dev.fleetward.findings;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.web.NotFoundException;

/**
 * Findings for the dashboard and for integrations: filtered lists with keyset paging
 * ({@code cursor}), and one finding with its evidence, remediation and history.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class FindingController {

	private final FindingQueries queries;

	FindingController(FindingQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/findings")
	FindingPage list(@RequestParam(required = false) UUID cluster, @RequestParam(required = false) String environment,
			@RequestParam(required = false) String team, @RequestParam(required = false) String area,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String status,
			@RequestParam(required = false) String check, @RequestParam(required = false) String namespace,
			@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) Instant since,
			@RequestParam(required = false) Instant updatedSince, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int limit) {
		return this.queries.list(new FindingQuery(cluster, environment, team, area, severity, status, check, namespace,
				text, since, updatedSince, sort, cursor, limit));
	}

	@GetMapping("/api/v1/findings/{id}")
	FindingDetail detail(@PathVariable long id) {
		return this.queries.detail(id).orElseThrow(() -> new NotFoundException("No finding " + id));
	}

}
