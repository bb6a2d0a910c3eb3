package dev.fleetward.findings;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.security.CallerVisibility;
import dev.fleetward.web.NotFoundException;

/**
 * Findings for the dashboard and for integrations: filtered lists with keyset paging
 * ({@code cursor}), one finding with its evidence, remediation and history, and what
 * operators do with it (ticket link, acknowledge). Ids are digits only, so
 * {@code /findings/export.csv} and friends never read as an id. Only findings of the
 * clusters the caller may see are listed or found; {@code team} narrows further.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class FindingController {

	private final FindingQueries queries;

	private final FindingTriage triage;

	private final CallerVisibility visibility;

	FindingController(FindingQueries queries, FindingTriage triage, CallerVisibility visibility) {
		this.queries = queries;
		this.triage = triage;
		this.visibility = visibility;
	}

	@GetMapping("/api/v1/findings")
	FindingPage list(@RequestParam(required = false) UUID cluster, @RequestParam(required = false) String environment,
			@RequestParam(required = false) String team, @RequestParam(required = false) String area,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String status,
			@RequestParam(required = false) String check, @RequestParam(required = false) String namespace,
			@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) Instant since,
			@RequestParam(required = false) Instant updatedSince, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int limit,
			Authentication caller) {
		return this.queries.list(new FindingQuery(cluster, environment, team, area, severity, status, check, namespace,
				text, since, updatedSince, sort, cursor, limit), this.visibility.of(caller));
	}

	@GetMapping("/api/v1/findings/{id:\\d+}")
	FindingDetail detail(@PathVariable long id, Authentication caller) {
		return this.queries.detail(id, this.visibility.of(caller))
			.orElseThrow(() -> new NotFoundException("No finding " + id));
	}

	@PutMapping("/api/v1/findings/{id:\\d+}/ticket")
	@PreAuthorize("hasRole('OPERATOR')")
	FindingView linkTicket(@PathVariable long id, @Valid @RequestBody TicketRequest request, Authentication caller) {
		return this.triage.linkTicket(id, new FindingView.Ticket(request.system().strip(), request.key().strip(),
				blankToNull(request.url()), blankToNull(request.status())), this.visibility.of(caller));
	}

	@DeleteMapping("/api/v1/findings/{id:\\d+}/ticket")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('OPERATOR')")
	void unlinkTicket(@PathVariable long id, Authentication caller) {
		this.triage.unlinkTicket(id, this.visibility.of(caller));
	}

	@PostMapping("/api/v1/findings/{id:\\d+}/acknowledge")
	@PreAuthorize("hasRole('OPERATOR')")
	FindingView acknowledge(@PathVariable long id, Authentication caller) {
		return this.triage.acknowledge(id, caller.getName(), this.visibility.of(caller));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A ticket in an outside system. The URL is shown as a link in the dashboard, so only
	 * http(s) is accepted: a {@code javascript:} link would run in the viewer's session.
	 */
	record TicketRequest(@NotBlank @Size(max = 100) String system, @NotBlank @Size(max = 100) String key,
			@Size(max = 2000) @Pattern(regexp = "(?i)https?://[^\\s]+",
					message = "must be an http or https URL") String url,
			@Size(max = 50) String status) {
	}

}
