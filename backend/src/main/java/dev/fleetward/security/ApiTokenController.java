package dev.fleetward.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens for integrations. Only admins manage them; a token's value is returned once,
 * by the request that creates it.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenController {

	private final ApiTokens tokens;

	private final CallerVisibility visibility;

	ApiTokenController(ApiTokens tokens, CallerVisibility visibility) {
		this.tokens = tokens;
		this.visibility = visibility;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CreatedTokenResponse create(@Valid @RequestBody CreateTokenRequest request, Authentication caller) {
		Role callerRole = CurrentUser.role(caller);
		Role role = (request.role() != null) ? request.role() : callerRole;
		Set<TokenScope> scopes = (request.scopes() != null) ? request.scopes() : Set.of();
		int days = (request.expiresInDays() != null) ? request.expiresInDays() : 90;
		Visibility creator = this.visibility.of(caller);
		Visibility visibility = (request.teams() != null) ? Teams.parse("teams", request.teams()) : creator;
		ApiTokens.CreatedToken created = this.tokens.create(request.name().strip(), role, scopes, visibility,
				Duration.ofDays(days), caller.getName(), callerRole, creator);
		return new CreatedTokenResponse(TokenView.of(created.token()), created.value());
	}

	@GetMapping
	List<TokenView> list() {
		return this.tokens.list().stream().map(TokenView::of).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		this.tokens.revoke(id);
	}

	/**
	 * @param teams the teams whose clusters the token sees; absent: the creator's own
	 * scope
	 */
	record CreateTokenRequest(@NotBlank @Size(max = 100) String name, Role role, Set<TokenScope> scopes,
			List<String> teams, @Min(1) @Max(365) Integer expiresInDays) {
	}

	/** {@code teams} is null for a fleet-wide token. */
	record TokenView(UUID id, String name, String prefix, Role role, Set<TokenScope> scopes, Set<String> teams,
			String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), token.tokenPrefix(), token.role(), token.scopes(),
					Teams.view(token.visibility()), token.createdBy(), token.createdAt(), token.expiresAt(),
					token.revokedAt(), token.lastUsedAt());
		}

	}

	record CreatedTokenResponse(TokenView token, String value) {
	}

}
