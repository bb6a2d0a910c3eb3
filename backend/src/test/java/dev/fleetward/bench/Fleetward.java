package dev.fleetward.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.Application;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.NewCluster;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.scan.internal.ClusterScanner;

/**
 * The whole app in the benchmark JVM (embedded PostgreSQL in its own process), for scans
 * measured from the first list to the committed findings.
 */
final class Fleetward implements AutoCloseable {

	/** Scans at once per instance, as {@code FLEETWARD_SCAN_CONCURRENCY} defaults. */
	private static final int CONCURRENCY = 4;

	private final ConfigurableApplicationContext context;

	private Fleetward(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static Fleetward start() {
		return new Fleetward(new SpringApplicationBuilder(Application.class).run("--server.port=0",
				"--fleetward.database.ephemeral=true", "--db-scheduler.enabled=false",
				"--fleetward.security.admin-password=benchmark-only", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--fleetward.cluster.key-file=target/bench-keys/encryption.key"));
	}

	void fullScans(String kubeconfig, String name, int runs) {
		UUID id = register(name, kubeconfig);
		ClusterScanner scanner = this.context.getBean(ClusterScanner.class);
		List<Long> millis = new ArrayList<>();
		long peak = 0;
		for (int run = 0; run < runs; run++) {
			System.gc();
			ScanBenchmark.resetPeaks();
			long start = System.nanoTime();
			scanner.scan(id, "MANUAL");
			millis.add((System.nanoTime() - start) / 1_000_000);
			peak = Math.max(peak, ScanBenchmark.peakHeap());
		}
		Map<String, Object> last = this.context.getBean(JdbcTemplate.class)
			.queryForMap("SELECT outcome, counts::text AS counts FROM scan_run WHERE cluster_id = ?"
					+ " ORDER BY started_at DESC LIMIT 1", id);
		Integer open = this.context.getBean(JdbcTemplate.class)
			.queryForObject("SELECT count(*) FROM finding WHERE cluster_id = ? AND status = 'OPEN'", Integer.class, id);
		JsonMapper json = JsonMapper.builder().build();
		List<String> phases = this.context.getBean(JdbcTemplate.class)
			.queryForList("SELECT counts::text FROM scan_run WHERE cluster_id = ? ORDER BY started_at", String.class,
					id)
			.stream()
			.map((counts) -> json.readTree(counts).path("millis").toString())
			.toList();
		System.out.printf(
				"| full scan %s, list to committed findings (%s, %d open findings) | runs %s ms |"
						+ " first %d ms, then best %d ms | peak heap %d MB | phases per run %s ms |%n",
				name, last.get("outcome"), open, millis, millis.get(0),
				Collections.min(millis.subList(1, millis.size())), peak >> 20, phases);
	}

	void manyClusters(SimulatorProcess simulator) throws Exception {
		List<UUID> ids = new ArrayList<>();
		for (String name : simulator.clusters()) {
			ids.add(register(name, simulator.kubeconfig(name)));
		}
		ClusterScanner scanner = this.context.getBean(ClusterScanner.class);
		ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
		List<Long> rounds = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			long start = System.nanoTime();
			List<Future<Long>> scans = new ArrayList<>();
			for (UUID id : ids) {
				scans.add(pool.submit(() -> scanner.scan(id, "SCHEDULE")));
			}
			for (Future<Long> scan : scans) {
				scan.get();
			}
			rounds.add((System.nanoTime() - start) / 1_000_000);
		}
		pool.shutdown();
		long busiest = Collections.max(rounds);
		System.out.printf(
				"| %d small clusters, every cluster scanned once with %d scans at a time | rounds %s ms |"
						+ " %.0f%% of a 5-minute interval |%n",
				ids.size(), CONCURRENCY, rounds, 100.0 * busiest / Duration.ofMinutes(5).toMillis());
	}

	private UUID register(String name, String kubeconfig) {
		return this.context.getBean(ClusterRegistry.class)
			.register(new NewCluster(name, "bench", null, Map.of(), ClusterAccess.fromKubeconfig(kubeconfig, null),
					false, null), "benchmark")
			.id();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
