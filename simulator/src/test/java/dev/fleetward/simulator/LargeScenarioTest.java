package dev.fleetward.simulator;

import java.nio.file.Path;
import java.util.Optional;

import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1PodList;
import org.junit.jupiter.api.Test;

import dev.fleetward.simulator.scenario.KubescapeMockScenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The large clusters: how long they take to load (printed, not asserted: the machine is
 * shared) and that a paged client-java list returns every pod.
 */
class LargeScenarioTest {

	@Test
	void generatedLargeClusterServesEveryPodInPages() throws Exception {
		try (SimulatedCluster cluster = SimulatedCluster.start(ClusterSpec.large())) {
			report("large", cluster);
			assertThat(cluster.store().count("pods")).isGreaterThanOrEqualTo(10_000);
			assertThat(cluster.store().count("deployments")).isEqualTo(2000);
			assertThat(cluster.store().count("replicasets")).isEqualTo(2000);
			assertThat(cluster.store().count("nodes")).isEqualTo(100);
			assertThat(cluster.store().count("namespaces")).isGreaterThanOrEqualTo(300);
			assertThat(listAllPods(cluster)).isEqualTo(cluster.store().count("pods"));
		}
	}

	@Test
	void kubescapeDumpBecomesACluster() throws Exception {
		Optional<Path> zip = KubescapeMockScenario.locate();
		assumeTrue(zip.isPresent(), "Kubescape's allResourcesMock.json.zip is not on this machine");
		try (SimulatedCluster cluster = SimulatedCluster.start(ClusterSpec.kubescapeMock(zip.get()))) {
			report("kubescape-mock", cluster);
			assertThat(cluster.store().count("pods")).isEqualTo(14_651);
			assertThat(cluster.store().count("nodes")).isEqualTo(299);
			assertThat(listAllPods(cluster)).isEqualTo(14_651);
		}
	}

	private static int listAllPods(SimulatedCluster cluster) throws Exception {
		CoreV1Api api = new CoreV1Api(KubernetesClients.of(cluster));
		long started = System.nanoTime();
		int total = 0;
		String next = null;
		do {
			V1PodList page = api.listPodForAllNamespaces().limit(500)._continue(next).execute();
			total += page.getItems().size();
			next = page.getMetadata().getContinue();
		}
		while (next != null);
		System.out.printf("[benchmark] %s: client-java listed %d pods in pages of 500 in %d ms%n", cluster.name(),
				total, (System.nanoTime() - started) / 1_000_000);
		return total;
	}

	private static void report(String name, SimulatedCluster cluster) {
		System.out.printf("[benchmark] %s: %d objects (%d pods) loaded in %d ms%n", name, cluster.store().size(),
				cluster.store().count("pods"), cluster.loadTime().toMillis());
	}

}
