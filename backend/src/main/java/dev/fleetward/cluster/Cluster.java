package dev.fleetward.cluster;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A registered cluster. Its credentials are held only sealed (see
 * {@link ClusterRegistry#access}); nothing here returns them in clear.
 */
@Entity
@Table(name = "cluster")
public class Cluster {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String name;

	@Column(nullable = false)
	private String environment;

	private String team;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private Map<String, String> labels;

	@Column(name = "server_url", nullable = false)
	private String serverUrl;

	@Column(name = "credential_key_id", nullable = false)
	private String credentialKeyId;

	@Column(name = "credential_ciphertext", nullable = false)
	private byte[] credentialCiphertext;

	@Column(name = "insecure_skip_tls_verify", nullable = false)
	private boolean insecureSkipTlsVerify;

	@Column(name = "insecure_allowed_by")
	private String insecureAllowedBy;

	@Column(name = "include_secrets", nullable = false)
	private boolean includeSecrets;

	@Column(name = "scan_interval_seconds", nullable = false)
	private int scanIntervalSeconds;

	@Column(name = "token_expires_at")
	private Instant tokenExpiresAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClusterHealth health;

	@Column(name = "consecutive_failures", nullable = false)
	private int consecutiveFailures;

	@Column(name = "server_version")
	private String serverVersion;

	@Column(name = "last_scan_at")
	private Instant lastScanAt;

	@Column(name = "last_complete_scan_at")
	private Instant lastCompleteScanAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Cluster() {
	}

	Cluster(UUID id, String name, String environment, String team, Map<String, String> labels, Instant now) {
		this.id = id;
		this.name = name;
		this.environment = environment;
		this.team = team;
		this.labels = Map.copyOf(labels);
		this.health = ClusterHealth.NEW;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void connection(String serverUrl, boolean insecureSkipTlsVerify, String insecureAllowedBy, Instant tokenExpiresAt) {
		this.serverUrl = serverUrl;
		this.insecureSkipTlsVerify = insecureSkipTlsVerify;
		this.insecureAllowedBy = insecureSkipTlsVerify ? insecureAllowedBy : null;
		this.tokenExpiresAt = tokenExpiresAt;
	}

	void sealedCredentials(String keyId, byte[] ciphertext) {
		this.credentialKeyId = keyId;
		this.credentialCiphertext = ciphertext.clone();
	}

	void settings(String name, String environment, String team, Map<String, String> labels, boolean includeSecrets,
			int scanIntervalSeconds, Instant now) {
		this.name = name;
		this.environment = environment;
		this.team = team;
		this.labels = Map.copyOf(labels);
		this.includeSecrets = includeSecrets;
		this.scanIntervalSeconds = scanIntervalSeconds;
		this.updatedAt = now;
	}

	void scanned(ClusterHealth health, int consecutiveFailures, String serverVersion, boolean complete, Instant at) {
		this.health = health;
		this.consecutiveFailures = consecutiveFailures;
		if (serverVersion != null) {
			this.serverVersion = serverVersion;
		}
		this.lastScanAt = at;
		if (complete) {
			this.lastCompleteScanAt = at;
		}
		this.updatedAt = at;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String environment() {
		return this.environment;
	}

	public String team() {
		return this.team;
	}

	public Map<String, String> labels() {
		return this.labels;
	}

	public String serverUrl() {
		return this.serverUrl;
	}

	String credentialKeyId() {
		return this.credentialKeyId;
	}

	byte[] credentialCiphertext() {
		return this.credentialCiphertext.clone();
	}

	public boolean insecureSkipTlsVerify() {
		return this.insecureSkipTlsVerify;
	}

	public String insecureAllowedBy() {
		return this.insecureAllowedBy;
	}

	public boolean includeSecrets() {
		return this.includeSecrets;
	}

	public int scanIntervalSeconds() {
		return this.scanIntervalSeconds;
	}

	public Instant tokenExpiresAt() {
		return this.tokenExpiresAt;
	}

	public ClusterHealth health() {
		return this.health;
	}

	public int consecutiveFailures() {
		return this.consecutiveFailures;
	}

	public String serverVersion() {
		return this.serverVersion;
	}

	public Instant lastScanAt() {
		return this.lastScanAt;
	}

	public Instant lastCompleteScanAt() {
		return this.lastCompleteScanAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
