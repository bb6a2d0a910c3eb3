package dev.fleetward.simulator;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.fleetward.simulator.scenario.Scenario;
import dev.fleetward.simulator.scenario.ScenarioLoader;
import dev.fleetward.simulator.store.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the demo scenarios promise the check engine: prod-us breaks the production
 * requirements the catalog checks, prod-eu meets them, eks-like hides its control plane.
 */
class DemoScenarioFactsTest {

	private static final String CONTROL_PLANE = "node-role.kubernetes.io/control-plane";

	@Test
	void prodUsHasASingleUntaintedControlPlaneAndItsKnownProblems() {
		List<ObjectNode> objects = ScenarioLoader.fromClasspath("prod-us").objects();
		List<ObjectNode> controlPlane = controlPlaneNodes(objects);
		assertThat(controlPlane).hasSize(1);
		assertThat(controlPlane.get(0).path("spec").path("taints").isEmpty()).isTrue();
		assertThat(of(objects, "Lease").stream()
			.filter((l) -> l.path("metadata").path("labels").has("apiserver.kubernetes.io/identity"))).hasSize(1);
		assertThat(zones(workers(objects))).containsOnly("us-east-1a");
		assertThat(named(objects, "DaemonSet", "kube-flannel-ds")).isTrue();
		assertThat(of(objects, "NetworkPolicy")).isNotEmpty();
		assertThat(of(objects, "StorageClass")).noneMatch(DemoScenarioFactsTest::isDefaultClass);
		assertThat(of(objects, "PersistentVolumeClaim"))
			.anyMatch((p) -> "Pending".equals(Json.text(p, "status.phase")));
		assertThat(of(objects, "StatefulSet")).anyMatch((s) -> s.path("spec").path("volumeClaimTemplates").isEmpty());
		assertThat(of(objects, "Secret"))
			.anyMatch((s) -> "kubernetes.io/service-account-token".equals(Json.text(s, "type")));
		assertThat(of(objects, "ServiceAccount")).anyMatch((s) -> !s.path("secrets").isEmpty());
		assertThat(of(objects, "ClusterRoleBinding"))
			.anyMatch((b) -> "cluster-admin".equals(Json.text(b, "roleRef.name"))
					&& "developers".equals(Json.text(b.path("subjects").get(0), "name")));
		assertThat(apiserverCommands(objects)).hasSize(1).allMatch((c) -> !c.contains("--encryption-provider-config"));
		assertThat(of(objects, "ResourceQuota")).isEmpty();
		assertThat(Json.bytes(Json.MAPPER.valueToTree(objects)).length).isPositive();
		assertThat(new String(Json.bytes(Json.MAPPER.valueToTree(of(objects, "Deployment"))))).contains("secretKeyRef");
	}

	@Test
	void prodEuMeetsTheRequirementsProdUsBreaks() {
		List<ObjectNode> objects = ScenarioLoader.fromClasspath("prod-eu").objects();
		List<ObjectNode> controlPlane = controlPlaneNodes(objects);
		assertThat(controlPlane).hasSize(3)
			.allMatch((n) -> n.path("spec").path("taints").toString().contains(CONTROL_PLANE));
		assertThat(zones(controlPlane)).hasSize(3);
		assertThat(workers(objects)).hasSize(9);
		assertThat(zones(workers(objects))).hasSize(3);
		assertThat(apiserverCommands(objects)).hasSize(3)
			.allMatch((c) -> c.contains("--encryption-provider-config=") && c
				.contains("--etcd-servers=https://10.10.0.10:2379,https://10.10.1.10:2379,https://10.10.2.10:2379"));
		assertThat(named(objects, "DaemonSet", "calico-node")).isTrue();
		assertThat(of(objects, "StorageClass").stream().filter(DemoScenarioFactsTest::isDefaultClass)).singleElement()
			.satisfies((sc) -> assertThat(Json.text(sc, "volumeBindingMode")).isEqualTo("WaitForFirstConsumer"));
		assertThat(of(objects, "PersistentVolumeClaim")).isNotEmpty()
			.allMatch((p) -> "Bound".equals(Json.text(p, "status.phase")));
		assertThat(of(objects, "StatefulSet")).allMatch((s) -> !s.path("spec").path("volumeClaimTemplates").isEmpty());
		assertThat(of(objects, "Secret"))
			.noneMatch((s) -> "kubernetes.io/service-account-token".equals(Json.text(s, "type")));
		assertThat(of(objects, "ServiceAccount")).allMatch((s) -> s.path("secrets").isEmpty());
		assertThat(of(objects, "ClusterRoleBinding"))
			.filteredOn((b) -> "cluster-admin".equals(Json.text(b, "roleRef.name")))
			.allMatch((b) -> Json.text(b.path("subjects").get(0), "name").startsWith("system:"));
		String workloads = Json.MAPPER.valueToTree(of(objects, "Deployment")).toString()
				+ Json.MAPPER.valueToTree(of(objects, "StatefulSet"))
				+ Json.MAPPER.valueToTree(of(objects, "DaemonSet")) + Json.MAPPER.valueToTree(of(objects, "Pod"));
		assertThat(workloads).doesNotContain("secretKeyRef").doesNotContain("secretRef");
		for (ObjectNode namespace : of(objects, "Namespace")) {
			String name = Json.text(namespace, "metadata.name");
			boolean runsWorkloads = of(objects, "Pod").stream()
				.anyMatch((p) -> name.equals(Json.text(p, "metadata.namespace")));
			if (runsWorkloads && !name.startsWith("kube-")) {
				assertThat(of(objects, "ResourceQuota")).as(name)
					.anyMatch((q) -> name.equals(Json.text(q, "metadata.namespace")));
				assertThat(of(objects, "LimitRange")).as(name)
					.anyMatch((q) -> name.equals(Json.text(q, "metadata.namespace")));
			}
		}
	}

	@Test
	void eksLikeShowsNoControlPlane() {
		Scenario scenario = ScenarioLoader.fromClasspath("eks-like");
		List<ObjectNode> objects = scenario.objects();
		assertThat(controlPlaneNodes(objects)).isEmpty();
		assertThat(apiserverCommands(objects)).isEmpty();
		assertThat(of(objects, "Node")).hasSize(6)
			.allMatch((n) -> Json.text(n, "spec.providerID").startsWith("aws://"));
		assertThat(zones(of(objects, "Node"))).hasSize(3);
		assertThat(named(objects, "DaemonSet", "aws-node")).isTrue();
		assertThat(scenario.config().gitVersion()).contains("-eks-");
	}

	private static List<ObjectNode> of(List<ObjectNode> objects, String kind) {
		return objects.stream().filter((o) -> kind.equals(Json.text(o, "kind"))).toList();
	}

	private static boolean named(List<ObjectNode> objects, String kind, String name) {
		return of(objects, kind).stream().anyMatch((o) -> name.equals(Json.text(o, "metadata.name")));
	}

	private static List<ObjectNode> controlPlaneNodes(List<ObjectNode> objects) {
		return of(objects, "Node").stream()
			.filter((n) -> n.path("metadata").path("labels").has(CONTROL_PLANE))
			.toList();
	}

	private static List<ObjectNode> workers(List<ObjectNode> objects) {
		return of(objects, "Node").stream()
			.filter((n) -> !n.path("metadata").path("labels").has(CONTROL_PLANE))
			.toList();
	}

	private static List<String> zones(List<ObjectNode> nodes) {
		return nodes.stream()
			.map((n) -> n.path("metadata").path("labels").path("topology.kubernetes.io/zone").asString(""))
			.distinct()
			.toList();
	}

	private static boolean isDefaultClass(ObjectNode storageClass) {
		return "true".equals(storageClass.path("metadata")
			.path("annotations")
			.path("storageclass.kubernetes.io/is-default-class")
			.asString(""));
	}

	private static List<String> apiserverCommands(List<ObjectNode> objects) {
		return of(objects, "Pod").stream()
			.filter((p) -> "kube-apiserver".equals(p.path("metadata").path("labels").path("component").asString("")))
			.map((p) -> {
				JsonNode command = p.path("spec").path("containers").get(0).path("command");
				return command.toString();
			})
			.toList();
	}

}
