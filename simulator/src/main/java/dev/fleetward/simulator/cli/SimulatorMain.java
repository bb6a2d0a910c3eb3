package dev.fleetward.simulator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.fleetward.simulator.ClusterSpec;
import dev.fleetward.simulator.FleetSpec;
import dev.fleetward.simulator.SimulatedCluster;
import dev.fleetward.simulator.SimulatedFleet;
import dev.fleetward.simulator.admin.AdminServer;
import dev.fleetward.simulator.scenario.KubescapeMockScenario;

/**
 * Runs a simulated fleet until interrupted.
 *
 * <pre>
 * java -jar fleetward-simulator.jar [--fleet demo|small|benchmark|none] [--scenario DIR]...
 *     [--kubescape-mock ZIP] [--out DIR] [--port FIRST_PORT] [--admin-port PORT]
 * </pre>
 */
public final class SimulatorMain {

	private SimulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		String fleetName = "demo";
		List<ClusterSpec> extra = new ArrayList<>();
		Path out = Path.of("kubeconfigs");
		int port = 0;
		int adminPort = 0;
		for (int i = 0; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : "";
			switch (args[i]) {
				case "--fleet" -> fleetName = args[++i];
				case "--scenario" -> extra.add(ClusterSpec.folder(Path.of(args[++i])));
				case "--kubescape-mock" -> extra.add(ClusterSpec.kubescapeMock(Path.of(args[++i])));
				case "--copies" -> {
					String[] copies = args[++i].split(":");
					FleetSpec.copies(copies[0], Integer.parseInt(copies[1])).clusters().forEach(extra::add);
				}
				case "--out" -> out = Path.of(args[++i]);
				case "--port" -> port = Integer.parseInt(args[++i]);
				case "--admin-port" -> adminPort = Integer.parseInt(args[++i]);
				case "--help", "-h" -> {
					usage();
					return;
				}
				default -> {
					System.err.println("unknown argument " + args[i] + " " + value);
					usage();
					System.exit(2);
				}
			}
		}
		FleetSpec spec = switch (fleetName) {
			case "demo" -> FleetSpec.demo();
			case "small" -> FleetSpec.small();
			case "benchmark" -> FleetSpec.benchmark();
			case "none" -> FleetSpec.of();
			default -> throw new IllegalArgumentException("unknown fleet " + fleetName);
		};
		for (ClusterSpec cluster : extra) {
			spec = spec.with(cluster);
		}
		long started = System.nanoTime();
		SimulatedFleet fleet = SimulatedFleet.start(spec, out, port);
		AdminServer admin = AdminServer.start(fleet, adminPort);
		System.out.printf("Fleetward simulator: %d clusters in %d ms%n", fleet.clusters().size(),
				(System.nanoTime() - started) / 1_000_000);
		for (SimulatedCluster cluster : fleet.clusters()) {
			System.out.printf("  %-15s %-24s %6d objects  kubeconfig %s%n", cluster.name(), cluster.url(),
					cluster.store().size(),
					cluster.kubeconfigFile().map((f) -> f.toAbsolutePath().normalize().toString()).orElse("-"));
		}
		System.out.println("Admin endpoint: " + admin.url() + "/clusters   (Ctrl-C to stop)");
		CountDownLatch stop = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			admin.close();
			fleet.close();
			stop.countDown();
		}));
		stop.await();
	}

	private static void usage() {
		System.out.println("""
				usage: java -jar fleetward-simulator.jar [options]
				  --fleet demo|small|benchmark|none   built-in clusters to start (default demo)
				  --scenario DIR                      add a cluster from a scenario folder (repeatable)
				  --kubescape-mock ZIP                add Kubescape's allResourcesMock.json.zip as a cluster
				  --copies SCENARIO:N                 add N copies of a built-in scenario (e.g. staging:100)
				  --out DIR                           where kubeconfigs are written (default ./kubeconfigs)
				  --port N                            first cluster's port, the next ones follow (default: any)
				  --admin-port N                      admin endpoint port on 127.0.0.1 (default: any)
				The benchmark fleet finds the Kubescape file through -D%s=ZIP or in %s.
				""".formatted(KubescapeMockScenario.PROPERTY, KubescapeMockScenario.DEFAULT_LOCATION));
	}

}
