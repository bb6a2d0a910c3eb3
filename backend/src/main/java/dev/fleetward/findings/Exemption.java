package dev.fleetward.findings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A governed exception: the failures it covers (check, cluster, namespace and object name
 * patterns, '*' as wildcard) stay visible but leave the score until it expires or is
 * revoked. Never deleted, so the audit trail of who approved what survives.
 */
@Entity
@Table(name = "exemption")
class Exemption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "check_pattern", nullable = false)
	private String checkPattern;

	@Column(name = "cluster_pattern", nullable = false)
	private String clusterPattern;

	@Column(name = "namespace_pattern", nullable = false)
	private String namespacePattern;

	@Column(name = "name_pattern", nullable = false)
	private String namePattern;

	@Column(nullable = false)
	private String owner;

	@Column(nullable = false)
	private String reason;

	@Column(name = "ticket_url")
	private String ticketUrl;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "approved_by", nullable = false)
	private String approvedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	protected Exemption() {
	}

	Exemption(ExemptionScope scope, String owner, String reason, String ticketUrl, Instant expiresAt, String approvedBy,
			Instant createdAt) {
		this.checkPattern = scope.checkId();
		this.clusterPattern = scope.cluster();
		this.namespacePattern = scope.namespace();
		this.namePattern = scope.name();
		this.owner = owner;
		this.reason = reason;
		this.ticketUrl = ticketUrl;
		this.expiresAt = expiresAt;
		this.approvedBy = approvedBy;
		this.createdAt = createdAt;
	}

	void revoke(String by, Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
			this.revokedBy = by;
		}
	}

	boolean activeAt(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

	Long id() {
		return this.id;
	}

	ExemptionScope scope() {
		return new ExemptionScope(this.checkPattern, this.clusterPattern, this.namespacePattern, this.namePattern);
	}

	String owner() {
		return this.owner;
	}

	String reason() {
		return this.reason;
	}

	String ticketUrl() {
		return this.ticketUrl;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	String approvedBy() {
		return this.approvedBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant revokedAt() {
		return this.revokedAt;
	}

	String revokedBy() {
		return this.revokedBy;
	}

}
