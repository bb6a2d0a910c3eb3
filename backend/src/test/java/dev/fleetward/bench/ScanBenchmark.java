package dev.fleetward.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.kubernetes.client.openapi.models.V1Pod;

import dev.fleetward.checks.CheckEngine;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.collect.CollectorSettings;
import dev.fleetward.collect.SnapshotCollector;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;

/**
 * The scan benchmark: collecting the 14,651-pod cluster over HTTPS, and running every
 * check over the 10,000-pod cluster. Run with
 * {@code ./mvnw -pl backend -am -Pbench -DskipTests
 * verify}; the JVM runs with {@code -Xmx512m}, so finishing at all shows the heap bound.
 * Prints Markdown rows for BENCHMARKS.md.
 */
public final class ScanBenchmark {

	private static final int COLLECT_RUNS = 3;

	private static final int WARMUP = 5;

	private static final int CHECK_RUNS = 20;

	private static final int MANY_CLUSTERS = 100;

	private ScanBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path simulatorJar = Path.of(args[0]);
		Path out = Files.createTempDirectory("fleetward-bench");
		String fullScanCluster;
		try (SimulatorProcess simulator = new SimulatorProcess(simulatorJar, out, "--fleet", "benchmark")) {
			System.out.printf("%nmax heap: %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
					Runtime.getRuntime().availableProcessors());
			if (simulator.has("kubescape-mock")) {
				collect(simulator.kubeconfig("kubescape-mock"), "kubescape-mock");
			}
			else {
				System.out.println("kubescape-mock not served (../shared/bench-data missing); skipped");
			}
			Snapshot large = collect(simulator.kubeconfig("large"), "large");
			checks(large);
			large = null;
			fullScanCluster = simulator.has("kubescape-mock") ? "kubescape-mock" : "large";
			try (Fleetward fleetward = Fleetward.start()) {
				fleetward.fullScans(simulator.kubeconfig(fullScanCluster), fullScanCluster, COLLECT_RUNS);
			}
		}
		try (SimulatorProcess many = new SimulatorProcess(simulatorJar, Files.createTempDirectory("fleetward-many"),
				"--fleet", "none", "--copies", "staging:" + MANY_CLUSTERS); Fleetward fleetward = Fleetward.start()) {
			fleetward.manyClusters(many);
		}
	}

	private static Snapshot collect(String kubeconfig, String name) {
		ClusterAccess access = ClusterAccess.fromKubeconfig(kubeconfig, null);
		SnapshotCollector collector = new SnapshotCollector(CollectorSettings.defaults());
		List<Long> millis = new ArrayList<>();
		Snapshot snapshot = null;
		long peak = 0;
		for (int run = 0; run < COLLECT_RUNS; run++) {
			snapshot = null;
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			snapshot = collector.collect(access, Instant.now());
			millis.add((System.nanoTime() - start) / 1_000_000);
			peak = Math.max(peak, peakHeap());
		}
		int pods = snapshot.list(ResourceKind.PODS, V1Pod.class).size();
		System.out.printf("| collect %s (%d pods, %d kinds) | runs %s ms | best %d ms | peak heap %d MB |%n", name,
				pods, snapshot.statuses().size(), millis, Collections.min(millis), peak >> 20);
		return snapshot;
	}

	private static void checks(Snapshot snapshot) {
		CheckEngine engine = CheckEngine.withDefaults();
		int pods = snapshot.list(ResourceKind.PODS, V1Pod.class).size();
		int results = 0;
		for (int i = 0; i < WARMUP; i++) {
			results = engine.run(snapshot).size();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < CHECK_RUNS; i++) {
			long start = System.nanoTime();
			engine.run(snapshot);
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		double median = millis.get(millis.size() / 2);
		System.out.printf(
				"| all %d checks over %d pods (%d results) | median %.1f ms | p90 %.1f ms |"
						+ " %.1f ms per 10,000 pods |%n",
				engine.checkIds().size(), pods, results, median, millis.get((int) (millis.size() * 0.9)),
				median * 10_000 / pods);
	}

	static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
