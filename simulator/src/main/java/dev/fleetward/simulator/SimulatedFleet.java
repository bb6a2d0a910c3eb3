package dev.fleetward.simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several simulated clusters started together, each with its kubeconfig written to one
 * folder.
 *
 * <pre>
 * try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.demo(), outDir)) {
 *     SimulatedCluster prodUs = fleet.cluster("prod-us");
 *     prodUs.faults().forbid("clusterrolebindings");
 * }
 * </pre>
 */
public final class SimulatedFleet implements AutoCloseable {

	private final Map<String, SimulatedCluster> clusters;

	private SimulatedFleet(Map<String, SimulatedCluster> clusters) {
		this.clusters = clusters;
	}

	/**
	 * Starts every cluster on any free port.
	 * @param spec the clusters
	 * @param kubeconfigDir where to write {@code <cluster>.kubeconfig}, or null for
	 * nowhere
	 * @return the running fleet
	 */
	public static SimulatedFleet start(FleetSpec spec, Path kubeconfigDir) {
		return start(spec, kubeconfigDir, 0);
	}

	/**
	 * Starts every cluster.
	 * @param spec the clusters
	 * @param kubeconfigDir where to write {@code <cluster>.kubeconfig}, or null for
	 * nowhere
	 * @param firstPort port of the first cluster, the next ones follow; 0 for any free
	 * ports
	 * @return the running fleet
	 */
	public static SimulatedFleet start(FleetSpec spec, Path kubeconfigDir, int firstPort) {
		// Loading is CPU-bound; two threads keep a 2-core machine busy without thrashing.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<SimulatedCluster>> starting = new ArrayList<>();
		for (int i = 0; i < spec.clusters().size(); i++) {
			ClusterSpec cluster = spec.clusters().get(i);
			int port = (firstPort == 0) ? 0 : firstPort + i;
			starting.add(pool.submit(() -> SimulatedCluster.start(cluster, port, kubeconfigDir)));
		}
		pool.shutdown();
		Map<String, SimulatedCluster> started = new LinkedHashMap<>();
		try {
			for (Future<SimulatedCluster> future : starting) {
				SimulatedCluster cluster = future.get();
				started.put(cluster.name(), cluster);
			}
		}
		catch (ExecutionException ex) {
			started.values().forEach(SimulatedCluster::close);
			throw new IllegalStateException("a simulated cluster failed to start", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			started.values().forEach(SimulatedCluster::close);
			throw new IllegalStateException("interrupted while starting the fleet", ex);
		}
		return new SimulatedFleet(started);
	}

	public SimulatedCluster cluster(String name) {
		SimulatedCluster cluster = this.clusters.get(name);
		if (cluster == null) {
			throw new NoSuchElementException(
					"no cluster " + name + " in this fleet; clusters: " + this.clusters.keySet());
		}
		return cluster;
	}

	public Collection<SimulatedCluster> clusters() {
		return this.clusters.values();
	}

	@Override
	public void close() {
		this.clusters.values().forEach(SimulatedCluster::close);
	}

}
