package dev.fleetward.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A bearer token for integrations. Only its SHA-256 hash is stored; the token itself is
 * shown once, when it is created.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	/** The first characters of the token, so a user can tell tokens apart. */
	@Column(name = "token_prefix", nullable = false)
	private String tokenPrefix;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	/** Space-separated: {@code read}, {@code write}. */
	@Column(nullable = false)
	private String scopes;

	/** Null: fleet-wide. Fixed at creation. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] teams;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(String name, String tokenHash, String tokenPrefix, Role role, Set<TokenScope> scopes,
			Visibility visibility, String createdBy, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.role = role;
		this.scopes = String.join(" ", scopes.stream().map(TokenScope::value).sorted().toList());
		this.teams = visibility.toColumn();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	/**
	 * Kept to the minute: rewriting the row on every call made each API read a write (a
	 * WAL flush, and a row lock that concurrent calls with one token queue on).
	 */
	void usedAt(Instant now) {
		if (this.lastUsedAt == null || this.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
			this.lastUsedAt = now;
		}
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	String tokenPrefix() {
		return this.tokenPrefix;
	}

	Role role() {
		return this.role;
	}

	Set<TokenScope> scopes() {
		Set<TokenScope> parsed = new TreeSet<>();
		Arrays.stream(this.scopes.split(" ")).filter((s) -> !s.isBlank()).map(TokenScope::of).forEach(parsed::add);
		return parsed;
	}

	Visibility visibility() {
		return Visibility.ofColumn(this.teams);
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	Instant revokedAt() {
		return this.revokedAt;
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

}
