package dev.fleetward.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.fleetward.web.InvalidInputException;
import dev.fleetward.web.NotFoundException;

/**
 * Creates, lists, revokes and checks API tokens.
 */
@Service
class ApiTokens {

	static final Duration MAX_LIFETIME = Duration.ofDays(365);

	private final ApiTokenRepository tokens;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * The new token's value is in the result and nowhere else, ever.
	 * @param visibility what the token sees; never more than its creator
	 */
	@Transactional
	CreatedToken create(String name, Role role, Set<TokenScope> scopes, Visibility visibility, Duration lifetime,
			String createdBy, Role creatorRole, Visibility creatorVisibility) {
		if (!creatorRole.includes(role)) {
			throw new InvalidInputException("role", "cannot be above your own role (" + creatorRole + ")");
		}
		if (!creatorVisibility.covers(visibility)) {
			throw new InvalidInputException("teams",
					"cannot be wider than your own teams " + creatorVisibility.teams());
		}
		if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
			throw new InvalidInputException("expiresInDays", "must be between 1 and 365");
		}
		Set<TokenScope> effective = scopes.isEmpty() ? EnumSet.of(TokenScope.READ) : EnumSet.copyOf(scopes);
		return store(TokenHashing.newToken(), name, role, effective, visibility, lifetime, createdBy);
	}

	@Transactional
	CreatedToken createWithValue(String value, String name, Duration lifetime) {
		return store(value, name, Role.ADMIN, EnumSet.allOf(TokenScope.class), Visibility.fleetWide(), lifetime,
				"bootstrap");
	}

	private CreatedToken store(String value, String name, Role role, Set<TokenScope> scopes, Visibility visibility,
			Duration lifetime, String createdBy) {
		Instant now = this.clock.instant();
		ApiToken token = new ApiToken(name, TokenHashing.hash(value), TokenHashing.displayPrefix(value), role, scopes,
				visibility, createdBy, now, now.plus(lifetime));
		this.tokens.save(token);
		return new CreatedToken(token, value);
	}

	@Transactional(readOnly = true)
	List<ApiToken> list() {
		return this.tokens.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	boolean any() {
		return this.tokens.count() > 0;
	}

	@Transactional
	void revoke(UUID id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(() -> new NotFoundException("No API token " + id));
		token.revoke(this.clock.instant());
	}

	/**
	 * The token behind a bearer value, if it exists and is neither expired nor revoked.
	 */
	@Transactional
	Optional<ApiToken> authenticate(String value) {
		Instant now = this.clock.instant();
		Optional<ApiToken> token = this.tokens.findByTokenHash(TokenHashing.hash(value)).filter((t) -> t.usableAt(now));
		token.ifPresent((t) -> t.usedAt(now));
		return token;
	}

	record CreatedToken(ApiToken token, String value) {
	}

}
