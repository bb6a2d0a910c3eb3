package dev.fleetward.simulator;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's scenario: a folder with a cluster.yaml and a few manifests becomes a
 * cluster, with the pods and ReplicaSets its controllers would have made.
 */
class ScenarioFolderTest {

	@Test
	void aFolderOfYamlBecomesACluster(@TempDir Path folder) throws Exception {
		Path scenario = Files.createDirectories(folder.resolve("my-cluster"));
		Files.writeString(scenario.resolve("cluster.yaml"), """
				description: a cluster written by hand
				version:
				  gitVersion: v1.34.2
				""");
		Files.writeString(scenario.resolve("workloads.yaml"), """
				apiVersion: v1
				kind: Node
				metadata:
				  name: worker-1
				  labels:
				    topology.kubernetes.io/zone: zone-a
				---
				apiVersion: v1
				kind: Namespace
				metadata:
				  name: shop
				---
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: web
				  namespace: shop
				spec:
				  replicas: 3
				  selector:
				    matchLabels: {app: web}
				  template:
				    metadata:
				      labels: {app: web}
				    spec:
				      containers:
				      - name: web
				        image: nginx:1.27
				""");
		try (SimulatedCluster cluster = SimulatedCluster.start(scenario)) {
			assertThat(cluster.name()).isEqualTo("my-cluster");
			assertThat(cluster.gitVersion()).isEqualTo("v1.34.2");
			assertThat(cluster.store().count("deployments")).isEqualTo(1);
			assertThat(cluster.store().count("replicasets")).isEqualTo(1);
			assertThat(cluster.store().count("pods")).isEqualTo(3);
		}
	}

}
