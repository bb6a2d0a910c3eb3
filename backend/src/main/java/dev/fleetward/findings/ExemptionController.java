package dev.fleetward.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.security.CallerVisibility;

/**
 * Exemptions: operators create and revoke them (the signed-in user is the approver);
 * everyone who can read findings can see them, within the clusters they may see.
 */
@RestController
@RequestMapping("/api/v1/exemptions")
class ExemptionController {

	/** Names, ids and '*'; LIKE's own wildcards are escaped in SQL anyway. */
	private static final String PATTERN = "[A-Za-z0-9*._:-]+";

	private static final String PATTERN_MESSAGE = "may contain letters, digits, '.', '_', ':', '-' and the wildcard '*'";

	private final Exemptions exemptions;

	private final CallerVisibility visibility;

	private final Clock clock;

	ExemptionController(Exemptions exemptions, CallerVisibility visibility, Clock clock) {
		this.exemptions = exemptions;
		this.visibility = visibility;
		this.clock = clock;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	CreatedExemption create(@Valid @RequestBody CreateExemptionRequest request, Authentication caller) {
		ExemptionScope scope = new ExemptionScope(orAny(request.checkId()), orAny(request.cluster()),
				orAny(request.namespace()), orAny(request.name()));
		String ticketUrl = (request.ticketUrl() == null || request.ticketUrl().isBlank()) ? null
				: request.ticketUrl().strip();
		Exemptions.Created created = this.exemptions.create(scope, request.owner().strip(), request.reason().strip(),
				ticketUrl, request.expiresAt(), caller.getName(), this.visibility.of(caller));
		return new CreatedExemption(ExemptionView.of(created.exemption(), this.clock.instant()),
				created.findingsExempted());
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<ExemptionView> list(@RequestParam(required = false) ExemptionState state, Authentication caller) {
		Instant now = this.clock.instant();
		return this.exemptions.list(this.visibility.of(caller))
			.stream()
			.map((exemption) -> ExemptionView.of(exemption, now))
			.filter((view) -> state == null || view.state() == state)
			.toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('OPERATOR')")
	void revoke(@PathVariable long id, Authentication caller) {
		this.exemptions.revoke(id, caller.getName(), this.visibility.of(caller));
	}

	private static String orAny(String pattern) {
		return (pattern == null || pattern.isBlank()) ? ExemptionScope.ANY : pattern.strip();
	}

	record CreateExemptionRequest(@Size(max = 253) @Pattern(regexp = PATTERN, message = PATTERN_MESSAGE) String checkId,
			@Size(max = 253) @Pattern(regexp = PATTERN, message = PATTERN_MESSAGE) String cluster,
			@Size(max = 253) @Pattern(regexp = PATTERN, message = PATTERN_MESSAGE) String namespace,
			@Size(max = 253) @Pattern(regexp = PATTERN, message = PATTERN_MESSAGE) String name,
			@NotBlank @Size(max = 200) String owner, @NotBlank @Size(max = 2000) String reason,
			@Size(max = 2000) String ticketUrl, @NotNull Instant expiresAt) {
	}

	enum ExemptionState {

		ACTIVE, EXPIRED, REVOKED

	}

	record ExemptionView(long id, String checkId, String cluster, String namespace, String name, String owner,
			String reason, String ticketUrl, Instant expiresAt, String approvedBy, Instant createdAt, Instant revokedAt,
			String revokedBy, ExemptionState state) {

		static ExemptionView of(Exemption exemption, Instant now) {
			ExemptionScope scope = exemption.scope();
			ExemptionState state = (exemption.revokedAt() != null) ? ExemptionState.REVOKED
					: exemption.activeAt(now) ? ExemptionState.ACTIVE : ExemptionState.EXPIRED;
			return new ExemptionView(exemption.id(), scope.checkId(), scope.cluster(), scope.namespace(), scope.name(),
					exemption.owner(), exemption.reason(), exemption.ticketUrl(), exemption.expiresAt(),
					exemption.approvedBy(), exemption.createdAt(), exemption.revokedAt(), exemption.revokedBy(), state);
		}

	}

	record CreatedExemption(ExemptionView exemption, int findingsExempted) {
	}

}
