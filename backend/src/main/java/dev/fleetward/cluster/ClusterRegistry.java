package dev.fleetward.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.fleetward.cluster.internal.CredentialCipher;
import dev.fleetward.cluster.internal.SealedCredentials;
import dev.fleetward.cluster.internal.TokenExpiry;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.collect.PermissionProbe;
import dev.fleetward.collect.PermissionReport;
import dev.fleetward.security.Visibility;
import dev.fleetward.web.InvalidInputException;
import dev.fleetward.web.NotFoundException;

/**
 * Registers clusters and keeps their credentials sealed. The only way to a cluster's
 * credentials in clear is {@link #access(UUID)}, for the collector.
 */
@Service
public class ClusterRegistry {

	private static final int MIN_INTERVAL_SECONDS = 30;

	private final ClusterRepository clusters;

	private final SealedCredentials credentials;

	private final PermissionProbe probe;

	private final ClusterProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClusterRegistry(ClusterRepository clusters, SealedCredentials credentials, PermissionProbe probe,
			ClusterProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.clusters = clusters;
		this.credentials = credentials;
		this.probe = probe;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Cluster register(NewCluster request, String actor) {
		if (this.clusters.existsByName(request.name())) {
			throw new InvalidInputException("name", "a cluster named '" + request.name() + "' is already registered");
		}
		validateServer(request.access());
		Instant now = this.clock.instant();
		Cluster cluster = new Cluster(UUID.randomUUID(), request.name(), request.environment(), request.team(),
				(request.labels() != null) ? request.labels() : Map.of(), now);
		cluster.settings(request.name(), request.environment(), request.team(),
				(request.labels() != null) ? request.labels() : Map.of(), request.includeSecrets(),
				intervalSeconds(request.scanInterval()), now);
		cluster.connection(request.access().server(), request.access().insecureSkipTlsVerify(), actor,
				TokenExpiry.of(request.access().bearerToken()).orElse(null));
		CredentialCipher.Sealed sealed = this.credentials.seal(request.access(), cluster.id().toString());
		cluster.sealedCredentials(sealed.keyId(), sealed.ciphertext());
		this.clusters.save(cluster);
		this.events.publishEvent(new ClusterEvents.Registered(cluster.id(), cluster.scanIntervalSeconds()));
		return cluster;
	}

	@Transactional(readOnly = true)
	public List<Cluster> list() {
		return this.clusters.findAllByOrderByNameAsc();
	}

	/** The clusters the caller may see, by name. */
	@Transactional(readOnly = true)
	public List<Cluster> list(Visibility visibility) {
		if (visibility.isFleetWide()) {
			return list();
		}
		return visibility.teams().isEmpty() ? List.of() : this.clusters.findByTeamInOrderByNameAsc(visibility.teams());
	}

	@Transactional(readOnly = true)
	public Cluster get(UUID id) {
		return this.clusters.findById(id).orElseThrow(() -> new NotFoundException("No cluster " + id));
	}

	/**
	 * A cluster the caller may see. One they may not see is answered exactly like an
	 * unknown id, so ids of other teams' clusters reveal nothing.
	 */
	@Transactional(readOnly = true)
	public Cluster get(UUID id, Visibility visibility) {
		return this.clusters.findById(id)
			.filter((cluster) -> visibility.sees(cluster.team()))
			.orElseThrow(() -> new NotFoundException("No cluster " + id));
	}

	@Transactional(readOnly = true)
	public VisibleClusters visible(Visibility visibility) {
		if (visibility.isFleetWide()) {
			return VisibleClusters.all();
		}
		return VisibleClusters
			.only(visibility.teams().isEmpty() ? List.of() : this.clusters.idsOfTeams(visibility.teams()));
	}

	@Transactional
	public Cluster update(UUID id, String name, String environment, String team, Map<String, String> labels,
			boolean includeSecrets, Duration scanInterval) {
		Cluster cluster = get(id);
		if (!cluster.name().equals(name) && this.clusters.existsByName(name)) {
			throw new InvalidInputException("name", "a cluster named '" + name + "' is already registered");
		}
		cluster.settings(name, environment, team, (labels != null) ? labels : Map.of(), includeSecrets,
				intervalSeconds(scanInterval), this.clock.instant());
		this.events.publishEvent(new ClusterEvents.Registered(cluster.id(), cluster.scanIntervalSeconds()));
		return cluster;
	}

	@Transactional
	public void delete(UUID id) {
		Cluster cluster = get(id);
		this.clusters.delete(cluster);
		this.events.publishEvent(new ClusterEvents.Deleted(id));
	}

	/**
	 * Points a registered cluster at new access (a rotated token, a moved API server).
	 */
	@Transactional
	public Cluster replaceAccess(UUID id, ClusterAccess access, String actor) {
		validateServer(access);
		Cluster cluster = get(id);
		cluster.connection(access.server(), access.insecureSkipTlsVerify(), actor,
				TokenExpiry.of(access.bearerToken()).orElse(null));
		CredentialCipher.Sealed sealed = this.credentials.seal(access, cluster.id().toString());
		cluster.sealedCredentials(sealed.keyId(), sealed.ciphertext());
		return cluster;
	}

	/** The cluster's access with its credentials in clear, for the collector only. */
	@Transactional(readOnly = true)
	public ClusterAccess access(UUID id) {
		Cluster cluster = get(id);
		return this.credentials.open(
				new CredentialCipher.Sealed(cluster.credentialKeyId(), cluster.credentialCiphertext()),
				cluster.id().toString(), cluster.serverUrl(), cluster.insecureSkipTlsVerify());
	}

	public PermissionReport testConnection(UUID id) {
		return this.probe.probe(access(id));
	}

	public PermissionReport testConnection(ClusterAccess access) {
		validateServer(access);
		return this.probe.probe(access);
	}

	/** Whether the cluster's token expires within the warning period (or already has). */
	public boolean tokenExpiresSoon(Cluster cluster) {
		return cluster.tokenExpiresAt() != null
				&& cluster.tokenExpiresAt().isBefore(this.clock.instant().plus(this.properties.tokenExpiryWarning()));
	}

	/** Records a scan's effect on the cluster's health. */
	@Transactional
	public void recordScan(UUID id, ClusterHealth health, int consecutiveFailures, String serverVersion,
			boolean complete, Instant at) {
		this.clusters.findById(id)
			.ifPresent((cluster) -> cluster.scanned(health, consecutiveFailures, serverVersion, complete, at));
	}

	/** Re-encrypts every credential sealed with an older key; returns how many. */
	@Transactional
	public int reencryptWithCurrentKey() {
		int count = 0;
		for (Cluster cluster : this.clusters.findAll()) {
			CredentialCipher.Sealed sealed = new CredentialCipher.Sealed(cluster.credentialKeyId(),
					cluster.credentialCiphertext());
			if (this.credentials.isStale(sealed)) {
				ClusterAccess access = this.credentials.open(sealed, cluster.id().toString(), cluster.serverUrl(),
						cluster.insecureSkipTlsVerify());
				CredentialCipher.Sealed fresh = this.credentials.seal(access, cluster.id().toString());
				cluster.sealedCredentials(fresh.keyId(), fresh.ciphertext());
				count++;
			}
		}
		return count;
	}

	private int intervalSeconds(Duration interval) {
		Duration effective = (interval != null) ? interval : this.properties.defaultScanInterval();
		if (effective.toSeconds() < MIN_INTERVAL_SECONDS || effective.toSeconds() > Duration.ofDays(1).toSeconds()) {
			throw new InvalidInputException("scanIntervalSeconds", "must be between 30 seconds and one day");
		}
		return (int) effective.toSeconds();
	}

	private static void validateServer(ClusterAccess access) {
		String server = access.server();
		if (server == null || !(server.startsWith("https://") || server.startsWith("http://"))) {
			throw new InvalidInputException("server", "must be the API server's http(s) URL");
		}
		if (access.bearerToken() == null && access.clientCertificatePem() == null) {
			throw new InvalidInputException("token", "a bearer token (or a client certificate) is required");
		}
	}

}
