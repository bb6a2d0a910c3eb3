package dev.fleetward.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who signs in to the dashboard. The password is only ever stored as a bcrypt
 * hash. Admins see the whole fleet; anyone else sees it all or only their teams'
 * clusters.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	/** Null: fleet-wide. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] teams;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Role role, Instant createdAt) {
		this(username, passwordHash, role, Visibility.fleetWide(), createdAt);
	}

	UserAccount(String username, String passwordHash, Role role, Visibility visibility, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		access(role, visibility);
	}

	void access(Role role, Visibility visibility) {
		this.role = role;
		this.teams = (role == Role.ADMIN) ? null : visibility.toColumn();
	}

	Long id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	Role role() {
		return this.role;
	}

	Visibility visibility() {
		return (this.role == Role.ADMIN) ? Visibility.fleetWide() : Visibility.ofColumn(this.teams);
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
