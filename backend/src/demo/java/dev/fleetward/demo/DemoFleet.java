package dev.fleetward.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.fleetward.cluster.Cluster;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.NewCluster;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.simulator.Drift;
import dev.fleetward.simulator.FleetSpec;
import dev.fleetward.simulator.SimulatedCluster;
import dev.fleetward.simulator.SimulatedFleet;

/**
 * The demo fleet for a first run: simulated clusters started in-process and registered
 * like any real cluster (nothing in the scan path knows they are simulated), scanned
 * every minute, with drift every few minutes so findings open and resolve and trends
 * move. No history is invented: it all comes from real scans.
 * <p>
 * Only the run command enables it ({@code fleetward.demo.enabled}); it is compiled with
 * the tests, so neither it nor the simulator is in the jar or the image. It stays away
 * when the user has registered clusters of their own.
 */
@Component
@ConditionalOnProperty(name = "fleetward.demo.enabled", havingValue = "true")
class DemoFleet {

	static final String DEMO_LABEL = "fleetward.dev/demo";

	private static final Logger log = LoggerFactory.getLogger(DemoFleet.class);

	/** What drifts where, and how often, so each cluster moves in its own rhythm. */
	private static final Map<String, List<Drift>> DRIFTS = Map.of("prod-eu",
			List.of(Drift.ADD_PRIVILEGED_POD, Drift.DELETE_PDB), "prod-us",
			List.of(Drift.ADD_MISSING_QUOTA, Drift.ADD_DEFAULT_STORAGECLASS), "staging", List.of(Drift.SCALE_DOWN));

	private final ClusterRegistry registry;

	private final Path kubeconfigs;

	private final Duration driftEvery;

	private SimulatedFleet fleet;

	DemoFleet(ClusterRegistry registry,
			@Value("${fleetward.demo.kubeconfigs:${FLEETWARD_DATA_DIR:./data}/demo-kubeconfigs}") Path kubeconfigs,
			@Value("${fleetward.demo.drift-every:4m}") Duration driftEvery) {
		this.registry = registry;
		this.kubeconfigs = kubeconfigs;
		this.driftEvery = driftEvery;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		List<Cluster> registered = this.registry.list();
		if (registered.stream().anyMatch((cluster) -> !cluster.labels().containsKey(DEMO_LABEL))) {
			log.info("Demo fleet not started: clusters of your own are registered");
			return;
		}
		this.fleet = SimulatedFleet.start(FleetSpec.small(), this.kubeconfigs);
		for (SimulatedCluster simulated : this.fleet.clusters()) {
			ClusterAccess access = ClusterAccess.fromKubeconfig(simulated.kubeconfig(), null);
			Optional<Cluster> existing = registered.stream()
				.filter((cluster) -> cluster.name().equals(simulated.name()))
				.findFirst();
			if (existing.isPresent()) {
				// A restarted simulator has new ports and a new CA: point the cluster at
				// it.
				this.registry.replaceAccess(existing.get().id(), access, "demo");
			}
			else {
				this.registry.register(new NewCluster(simulated.name(), environment(simulated.name()), "platform",
						Map.of(DEMO_LABEL, "true"), access, true, Duration.ofMinutes(1)), "demo");
			}
			DRIFTS.getOrDefault(simulated.name(), List.of())
				.forEach((drift) -> simulated.drift().toggleEvery(drift, this.driftEvery));
		}
		log.info("Demo fleet: {} simulated clusters registered; scanned every minute, drifting every {} minutes",
				this.fleet.clusters().size(), this.driftEvery.toMinutes());
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		if (this.fleet != null) {
			this.fleet.close();
		}
	}

	private static String environment(String name) {
		return name.startsWith("prod") ? "prod" : name.startsWith("staging") ? "staging" : "prod";
	}

}
