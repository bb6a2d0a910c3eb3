package dev.fleetward.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import dev.fleetward.simulator.api.ApiDispatcher;
import dev.fleetward.simulator.drift.DriftScheduler;
import dev.fleetward.simulator.fault.FaultState;
import dev.fleetward.simulator.scenario.ClusterConfig;
import dev.fleetward.simulator.scenario.Scenario;
import dev.fleetward.simulator.store.ObjectStore;
import dev.fleetward.simulator.store.ResourceTypes;
import dev.fleetward.simulator.tls.ClusterCertificates;
import dev.fleetward.simulator.tls.HttpsEndpoint;

/**
 * One simulated Kubernetes cluster: an HTTPS API server on a loopback port with its own
 * CA and bearer token, serving a scenario's objects, with faults and drift on demand.
 *
 * <pre>
 * try (SimulatedCluster cluster = SimulatedCluster.start(Path.of("my-scenario"))) {
 *     ApiClient client = Config.fromConfig(new StringReader(cluster.kubeconfig()));
 *     cluster.faults().forbid("secrets");
 * }
 * </pre>
 */
public final class SimulatedCluster implements AutoCloseable {

	/**
	 * How long a continue token stays valid unless set otherwise; as etcd's compaction.
	 */
	public static final Duration DEFAULT_CONTINUE_TTL = Duration.ofMinutes(5);

	private final String name;

	private final ClusterConfig config;

	private final ObjectStore store;

	private final FaultState faults;

	private final DriftScheduler drift;

	private final ClusterCertificates certificates;

	private final HttpsEndpoint endpoint;

	private final Duration loadTime;

	private volatile Duration continueTtl = DEFAULT_CONTINUE_TTL;

	private Path kubeconfigFile;

	private SimulatedCluster(String name, Scenario scenario, long startedNanos) {
		this.name = name;
		this.config = scenario.config();
		this.store = new ObjectStore(new ResourceTypes());
		this.store.putAll(scenario.objects());
		this.loadTime = Duration.ofNanos(System.nanoTime() - startedNanos);
		this.faults = new FaultState(this::reachable);
		this.drift = new DriftScheduler(this.store);
		this.certificates = ClusterCertificates.create(name);
		this.endpoint = new HttpsEndpoint(this.certificates, (fallback) -> dispatcher(fallback));
	}

	/** Starts a cluster from a scenario folder, on any free port. */
	public static SimulatedCluster start(Path scenarioFolder) {
		return start(ClusterSpec.folder(scenarioFolder));
	}

	/** Starts a cluster on any free port. */
	public static SimulatedCluster start(ClusterSpec spec) {
		return start(spec, 0, null);
	}

	/**
	 * Starts a cluster.
	 * @param spec where its objects come from
	 * @param port the port, or 0 for any free one
	 * @param kubeconfigDir where to write {@code <name>.kubeconfig}, or null for nowhere
	 * @return the running cluster
	 */
	public static SimulatedCluster start(ClusterSpec spec, int port, Path kubeconfigDir) {
		long started = System.nanoTime();
		Scenario scenario = spec.scenario().get();
		SimulatedCluster cluster = new SimulatedCluster(spec.name(), scenario, started);
		cluster.endpoint.start(port);
		if (kubeconfigDir != null) {
			cluster.writeKubeconfig(kubeconfigDir);
		}
		return cluster;
	}

	private ApiDispatcher dispatcher(io.fabric8.mockwebserver.http.Dispatcher fallback) {
		return new ApiDispatcher(this.config.withName(this.name), this.store, this.faults, () -> this.continueTtl,
				fallback);
	}

	private void reachable(boolean reachable) {
		if (reachable) {
			this.endpoint.start(this.endpoint.port());
		}
		else {
			this.endpoint.stop();
		}
	}

	private void writeKubeconfig(Path directory) {
		try {
			Files.createDirectories(directory);
			this.kubeconfigFile = directory.resolve(this.name + ".kubeconfig");
			Files.writeString(this.kubeconfigFile, kubeconfig());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the kubeconfig of " + this.name, ex);
		}
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.config.description();
	}

	/** The API server URL, {@code https://127.0.0.1:<port>}. */
	public String url() {
		return "https://127.0.0.1:" + this.endpoint.port();
	}

	public int port() {
		return this.endpoint.port();
	}

	/** The cluster CA certificate, PEM; clients trust it to verify the server. */
	public String caCertPem() {
		return this.certificates.caPem();
	}

	/** The bearer token the API accepts. */
	public String token() {
		return this.config.token();
	}

	/** The {@code gitVersion} that {@code /version} reports. */
	public String gitVersion() {
		return this.config.gitVersion();
	}

	/**
	 * A kubeconfig with the server URL, {@code certificate-authority-data} and the token.
	 */
	public String kubeconfig() {
		return Kubeconfig.render(this.name, url(), caCertPem(), token());
	}

	/** Where the kubeconfig was written, if it was. */
	public Optional<Path> kubeconfigFile() {
		return Optional.ofNullable(this.kubeconfigFile);
	}

	public Faults faults() {
		return this.faults;
	}

	public DriftControl drift() {
		return this.drift;
	}

	/** The objects the API serves; changes show in the next response. */
	public ObjectStore store() {
		return this.store;
	}

	/** How long continue tokens stay valid before a page request gets 410 Gone. */
	public SimulatedCluster continueTokenTtl(Duration ttl) {
		this.continueTtl = ttl;
		return this;
	}

	public Duration continueTokenTtl() {
		return this.continueTtl;
	}

	/** Time it took to read, generate or expand the scenario and index its objects. */
	public Duration loadTime() {
		return this.loadTime;
	}

	@Override
	public void close() {
		this.drift.close();
		this.endpoint.stop();
	}

}
