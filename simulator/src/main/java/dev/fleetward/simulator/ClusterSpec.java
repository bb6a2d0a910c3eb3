package dev.fleetward.simulator;

import java.nio.file.Path;
import java.util.function.Supplier;

import dev.fleetward.simulator.scenario.KubescapeMockScenario;
import dev.fleetward.simulator.scenario.LargeScenario;
import dev.fleetward.simulator.scenario.Scenario;
import dev.fleetward.simulator.scenario.ScenarioLoader;

/**
 * Where a simulated cluster's objects come from: a built-in scenario, a folder of YAML, a
 * generator or an imported dump. The scenario is only read when the cluster starts.
 *
 * @param name the cluster's name in its fleet
 * @param scenario loads the scenario
 */
public record ClusterSpec(String name, Supplier<Scenario> scenario) {

	/** A scenario shipped with the simulator ({@code prod-eu}, {@code staging}...). */
	public static ClusterSpec builtIn(String name) {
		return new ClusterSpec(name, () -> ScenarioLoader.fromClasspath(name));
	}

	/**
	 * A folder of YAML files with an optional {@code cluster.yaml}; named after the
	 * folder.
	 */
	public static ClusterSpec folder(Path folder) {
		return new ClusterSpec(folder.getFileName().toString(), () -> ScenarioLoader.fromFolder(folder));
	}

	/** The generated cluster of 10,000+ pods. */
	public static ClusterSpec large() {
		return new ClusterSpec("large", LargeScenario::generate);
	}

	/** Kubescape's allResourcesMock dump (14,651 pods), read from where it lies. */
	public static ClusterSpec kubescapeMock(Path zip) {
		return new ClusterSpec("kubescape-mock", () -> KubescapeMockScenario.load(zip));
	}

}
