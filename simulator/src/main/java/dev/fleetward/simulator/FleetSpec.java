package dev.fleetward.simulator;

import java.util.ArrayList;
import java.util.List;

import dev.fleetward.simulator.scenario.KubescapeMockScenario;

/**
 * The clusters of a fleet, in start order.
 *
 * @param clusters what each cluster serves
 */
public record FleetSpec(List<ClusterSpec> clusters) {

	/** The built-in clusters of the demo fleet, without {@code large}. */
	public static final List<String> DEMO = List.of("prod-eu", "prod-us", "staging", "eks-like");

	public FleetSpec {
		clusters = List.copyOf(clusters);
	}

	public static FleetSpec of(ClusterSpec... clusters) {
		return new FleetSpec(List.of(clusters));
	}

	/**
	 * {@code prod-eu}, {@code prod-us}, {@code staging}, {@code eks-like} and
	 * {@code large}.
	 */
	public static FleetSpec demo() {
		List<ClusterSpec> clusters = new ArrayList<>(DEMO.stream().map(ClusterSpec::builtIn).toList());
		clusters.add(ClusterSpec.large());
		return new FleetSpec(clusters);
	}

	/** The demo fleet without the {@code large} cluster, for quick tests. */
	public static FleetSpec small() {
		return new FleetSpec(DEMO.stream().map(ClusterSpec::builtIn).toList());
	}

	/**
	 * The benchmark fleet: {@code large}, plus {@code kubescape-mock} when Kubescape's
	 * dump is found (system property {@value KubescapeMockScenario#PROPERTY}, else
	 * {@code ../shared/bench-data}).
	 */
	public static FleetSpec benchmark() {
		List<ClusterSpec> clusters = new ArrayList<>(List.of(ClusterSpec.large()));
		KubescapeMockScenario.locate().ifPresent((zip) -> clusters.add(ClusterSpec.kubescapeMock(zip)));
		return new FleetSpec(clusters);
	}

	/**
	 * {@code count} clusters of one built-in scenario, named {@code <scenario>-001}...,
	 * for load tests of many small clusters.
	 */
	public static FleetSpec copies(String scenario, int count) {
		List<ClusterSpec> clusters = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			clusters.add(new ClusterSpec("%s-%03d".formatted(scenario, i), ClusterSpec.builtIn(scenario).scenario()));
		}
		return new FleetSpec(clusters);
	}

	/** This fleet with one more cluster. */
	public FleetSpec with(ClusterSpec cluster) {
		List<ClusterSpec> more = new ArrayList<>(this.clusters);
		more.add(cluster);
		return new FleetSpec(more);
	}

}
