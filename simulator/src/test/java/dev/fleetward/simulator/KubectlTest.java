package dev.fleetward.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * kubectl, the client every platform engineer has, works against simulated clusters: the
 * same paths, discovery, paging and TLS as a real API server.
 */
class KubectlTest {

	@TempDir
	static Path kubeconfigs;

	@BeforeAll
	static void kubectlIsInstalled() {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")), "kubectl is not installed");
	}

	@Test
	void chunkedListOfTheLargeClusterReturnsEveryPod() throws Exception {
		try (SimulatedCluster large = SimulatedCluster.start(ClusterSpec.large(), 0, kubeconfigs)) {
			List<String> pods = kubectl(large, "get", "pods", "-A", "--chunk-size=500", "-o", "name");
			assertThat(pods).hasSize(large.store().count("pods")).doesNotHaveDuplicates();
			assertThat(pods.size()).isGreaterThanOrEqualTo(10_000);
		}
	}

	@Test
	void nodesAndPodsOfADemoCluster() throws Exception {
		try (SimulatedCluster prodEu = SimulatedCluster.start(ClusterSpec.builtIn("prod-eu"), 0, kubeconfigs)) {
			List<String> lines = kubectl(prodEu, "get", "nodes,pods", "-A", "-o", "name");
			assertThat(lines).filteredOn((line) -> line.startsWith("node/")).hasSize(prodEu.store().count("nodes"));
			assertThat(lines).filteredOn((line) -> line.startsWith("pod/")).hasSize(prodEu.store().count("pods"));
		}
	}

	private static List<String> kubectl(SimulatedCluster cluster, String... args)
			throws IOException, InterruptedException {
		Path kubeconfig = Files.writeString(kubeconfigs.resolve(cluster.name() + "-kubectl.yaml"),
				cluster.kubeconfig());
		List<String> command = new ArrayList<>(List.of("/usr/bin/kubectl", "--kubeconfig", kubeconfig.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String text = new String(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(text).isZero();
		return text.lines().filter((line) -> !line.isBlank()).toList();
	}

}
