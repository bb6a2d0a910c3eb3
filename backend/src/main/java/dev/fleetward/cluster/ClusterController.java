package dev.fleetward.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.collect.KubeconfigRejectedException;
import dev.fleetward.collect.PermissionReport;
import dev.fleetward.security.CallerVisibility;
import dev.fleetward.security.Visibility;
import dev.fleetward.web.InvalidInputException;

/**
 * Registering and managing clusters. Responses never carry credentials. A cluster outside
 * the caller's teams is not listed and answers 404, like an unknown id.
 */
@RestController
@RequestMapping("/api/v1/clusters")
class ClusterController {

	private final ClusterRegistry registry;

	private final CallerVisibility visibility;

	ClusterController(ClusterRegistry registry, CallerVisibility visibility) {
		this.registry = registry;
		this.visibility = visibility;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	ClusterView register(@Valid @RequestBody RegisterRequest request, Authentication caller) {
		checkTeam(request.team(), this.visibility.of(caller));
		Cluster cluster = this.registry.register(new NewCluster(request.name(), request.environment(), request.team(),
				request.labels(), request.access(), Boolean.TRUE.equals(request.includeSecrets()),
				(request.scanIntervalSeconds() != null) ? Duration.ofSeconds(request.scanIntervalSeconds()) : null),
				caller.getName());
		return view(cluster);
	}

	@GetMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<ClusterView> list(Authentication caller) {
		return this.registry.list(this.visibility.of(caller)).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('VIEWER')")
	ClusterView get(@PathVariable UUID id, Authentication caller) {
		return view(this.registry.get(id, this.visibility.of(caller)));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ClusterView update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request, Authentication caller) {
		Visibility visibility = this.visibility.of(caller);
		this.registry.get(id, visibility);
		checkTeam(request.team(), visibility);
		return view(this.registry.update(id, request.name(), request.environment(), request.team(), request.labels(),
				Boolean.TRUE.equals(request.includeSecrets()),
				(request.scanIntervalSeconds() != null) ? Duration.ofSeconds(request.scanIntervalSeconds()) : null));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	void delete(@PathVariable UUID id, Authentication caller) {
		this.registry.get(id, this.visibility.of(caller));
		this.registry.delete(id);
	}

	@PostMapping("/{id}/connection-test")
	@PreAuthorize("hasRole('ADMIN')")
	ConnectionTestView testRegistered(@PathVariable UUID id, Authentication caller) {
		this.registry.get(id, this.visibility.of(caller));
		return ConnectionTestView.of(this.registry.testConnection(id));
	}

	/** Tests access before registering, so the user can fix RBAC first. */
	@PostMapping("/connection-test")
	@PreAuthorize("hasRole('ADMIN')")
	ConnectionTestView testNew(@RequestBody TestRequest request) {
		return ConnectionTestView.of(this.registry.testConnection(request.access()));
	}

	/**
	 * After a key rotation (new {@code FLEETWARD_ENCRYPTION_KEY}, the old one in
	 * {@code FLEETWARD_CLUSTER_OLD_ENCRYPTION_KEYS}), re-seals every credential with the
	 * new key, so the old one can be dropped.
	 */
	@PostMapping("/credentials/re-encrypt")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Integer> reencrypt() {
		return Map.of("reencrypted", this.registry.reencryptWithCurrentKey());
	}

	/** The read-only ClusterRole to apply in a cluster before registering it. */
	@GetMapping(path = "/reader-role", produces = "application/yaml")
	@PreAuthorize("hasRole('VIEWER')")
	String readerRole() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/cluster/fleetward-reader.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * An admin token narrowed to some teams cannot hand a cluster to a team it cannot
	 * see.
	 */
	private static void checkTeam(String team, Visibility visibility) {
		if (!visibility.sees((team == null || team.isBlank()) ? null : team)) {
			throw new InvalidInputException("team", "must be one of your teams " + visibility.teams());
		}
	}

	private ClusterView view(Cluster cluster) {
		return new ClusterView(cluster.id(), cluster.name(), cluster.environment(), cluster.team(), cluster.labels(),
				cluster.serverUrl(), cluster.health(), cluster.consecutiveFailures(), cluster.serverVersion(),
				cluster.lastScanAt(), cluster.lastCompleteScanAt(), cluster.scanIntervalSeconds(),
				cluster.includeSecrets(), cluster.insecureSkipTlsVerify(), cluster.insecureAllowedBy(),
				cluster.tokenExpiresAt(), this.registry.tokenExpiresSoon(cluster), cluster.createdAt());
	}

	/** Either a kubeconfig (and optionally a context) or server + CA + token. */
	interface AccessRequest {

		String kubeconfig();

		String context();

		String server();

		String certificateAuthority();

		String token();

		Boolean insecureSkipTlsVerify();

		default ClusterAccess access() {
			if (kubeconfig() != null && !kubeconfig().isBlank()) {
				try {
					ClusterAccess parsed = ClusterAccess.fromKubeconfig(kubeconfig(), context());
					return Boolean.TRUE.equals(insecureSkipTlsVerify()) ? withInsecure(parsed) : parsed;
				}
				catch (KubeconfigRejectedException ex) {
					throw new InvalidInputException(ex.field(), ex.getMessage());
				}
			}
			if (server() == null || server().isBlank()) {
				throw new InvalidInputException("kubeconfig", "give a kubeconfig, or server and token");
			}
			return new ClusterAccess(server().strip(), blankToNull(certificateAuthority()), blankToNull(token()), null,
					null, Boolean.TRUE.equals(insecureSkipTlsVerify()));
		}

		private static ClusterAccess withInsecure(ClusterAccess access) {
			return new ClusterAccess(access.server(), access.caCertificatePem(), access.bearerToken(),
					access.clientCertificatePem(), access.clientKeyPem(), true);
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	record RegisterRequest(
			@NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9]([-a-z0-9_.]*[a-z0-9])?",
					message = "use lowercase letters, digits, '-', '_' and '.'") String name,
			@NotBlank @Size(max = 40) String environment, @Size(max = 100) String team, Map<String, String> labels,
			@Size(max = 200_000) String kubeconfig, String context, @Size(max = 2000) String server,
			@Size(max = 20_000) String certificateAuthority, @Size(max = 20_000) String token,
			Boolean insecureSkipTlsVerify, Boolean includeSecrets,
			@Min(30) @Max(86_400) Integer scanIntervalSeconds) implements AccessRequest {
	}

	record TestRequest(String kubeconfig, String context, String server, String certificateAuthority, String token,
			Boolean insecureSkipTlsVerify) implements AccessRequest {
	}

	record UpdateRequest(
			@NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9]([-a-z0-9_.]*[a-z0-9])?",
					message = "use lowercase letters, digits, '-', '_' and '.'") String name,
			@NotBlank @Size(max = 40) String environment, @Size(max = 100) String team, Map<String, String> labels,
			Boolean includeSecrets, @Min(30) @Max(86_400) Integer scanIntervalSeconds) {
	}

	record ClusterView(UUID id, String name, String environment, String team, Map<String, String> labels, String server,
			ClusterHealth health, int consecutiveFailures, String serverVersion, Instant lastScanAt,
			Instant lastCompleteScanAt, int scanIntervalSeconds, boolean includeSecrets, boolean insecureSkipTlsVerify,
			String insecureAllowedBy, Instant tokenExpiresAt, boolean tokenExpiresSoon, Instant createdAt) {
	}

	record ConnectionTestView(boolean reachable, String serverVersion, String error,
			List<PermissionReport.KindPermission> permissions, List<String> missing) {

		static ConnectionTestView of(PermissionReport report) {
			return new ConnectionTestView(report.reachable(), report.serverVersion(), report.error(), report.kinds(),
					report.denied()
						.stream()
						.map((kind) -> kind.resource() + (kind.group().isEmpty() ? "" : "." + kind.group()))
						.toList());
		}

	}

}
