package dev.fleetward.collect;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1Secret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import dev.fleetward.checks.CheckEngine;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.simulator.FleetSpec;
import dev.fleetward.simulator.SimulatedCluster;
import dev.fleetward.simulator.SimulatedFleet;
import dev.fleetward.snapshot.KindStatus.State;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collector against simulated clusters over HTTPS, with the official client's TLS and
 * the simulator's faults.
 */
class SnapshotCollectorTest {

	@TempDir
	static Path kubeconfigs;

	static SimulatedFleet fleet;

	static SimulatedCluster prodEu;

	@BeforeAll
	static void startFleet() {
		fleet = SimulatedFleet.start(FleetSpec.demo(), kubeconfigs);
		prodEu = fleet.cluster("prod-eu");
	}

	@AfterAll
	static void stopFleet() {
		fleet.close();
	}

	@AfterEach
	void clearFaults() {
		fleet.clusters().forEach((cluster) -> cluster.faults().clear());
	}

	private static ClusterAccess access(SimulatedCluster cluster) {
		return ClusterAccess.fromKubeconfig(cluster.kubeconfig(), null);
	}

	private static Snapshot collect(SimulatedCluster cluster, CollectorSettings settings) {
		return new SnapshotCollector(settings).collect(access(cluster), Instant.now());
	}

	@Test
	void readsEveryKindCompletelyThroughTheKubeconfig() {
		Snapshot snapshot = collect(prodEu, CollectorSettings.defaults().withSecrets(true));
		assertThat(snapshot.serverVersion()).hasValue(prodEu.gitVersion());
		for (ResourceKind kind : ResourceKind.values()) {
			if (kind.group().endsWith("projectcalico.org") || kind.group().endsWith("istio.io")) {
				// Custom resources the cluster does not serve are NOT_FOUND, not an
				// error.
				assertThat(snapshot.status(kind).state()).as(kind.name()).isIn(State.COMPLETE, State.NOT_FOUND);
			}
			else {
				assertThat(snapshot.status(kind).state()).as(kind + ": " + snapshot.status(kind).reason())
					.isEqualTo(State.COMPLETE);
			}
		}
		assertThat(snapshot.list(ResourceKind.PODS, V1Pod.class)).hasSize(prodEu.store().count("pods"));
		assertThat(snapshot.list(ResourceKind.NODES, Object.class)).isNotEmpty();
		assertThat(snapshot.listDuration(ResourceKind.PODS)).isPresent();
	}

	@Test
	void neverKeepsSecretValuesAndSkipsSecretsUnlessEnabled() {
		Snapshot withSecrets = collect(fleet.cluster("prod-us"), CollectorSettings.defaults().withSecrets(true));
		List<V1Secret> secrets = withSecrets.list(ResourceKind.SECRETS, V1Secret.class);
		assertThat(secrets).isNotEmpty()
			.allSatisfy((secret) -> assertThat(secret.getData()).as("values are dropped").isNullOrEmpty())
			.allSatisfy((secret) -> assertThat(secret.getStringData()).isNullOrEmpty())
			.anySatisfy((secret) -> assertThat(secret.getType()).isEqualTo("kubernetes.io/service-account-token"));

		Snapshot without = collect(fleet.cluster("prod-us"), CollectorSettings.defaults());
		assertThat(without.status(ResourceKind.SECRETS).state()).isEqualTo(State.FORBIDDEN);
		assertThat(without.status(ResourceKind.SECRETS).reason()).contains("not enabled");
	}

	@Test
	void forbiddenKindMakesDependentChecksUnknownAndSaysWhy() {
		prodEu.faults().forbid("clusterrolebindings");
		Snapshot snapshot = collect(prodEu, CollectorSettings.defaults());
		assertThat(snapshot.status(ResourceKind.CLUSTER_ROLE_BINDINGS).state()).isEqualTo(State.FORBIDDEN);
		assertThat(snapshot.status(ResourceKind.CLUSTER_ROLE_BINDINGS).reason()).contains("403");
		assertThat(snapshot.status(ResourceKind.PODS).state()).isEqualTo(State.COMPLETE);

		List<CheckResult> adminBindings = CheckEngine.withDefaults()
			.run(snapshot)
			.stream()
			.filter((result) -> result.checkId().equals("sec-cluster-admin-bindings"))
			.toList();
		assertThat(adminBindings).isNotEmpty()
			.allSatisfy((result) -> assertThat(result.status()).isEqualTo(CheckStatus.UNKNOWN))
			.allSatisfy((result) -> assertThat(result.message()).contains("ClusterRoleBinding"));
	}

	@Test
	void listThatExpiresOnPageThreeRestartsAndCompletes() {
		int pods = prodEu.store().count("pods");
		prodEu.faults().goneOnPage("pods", 3);
		int pageSize = Math.max(1, pods / 5);
		Snapshot snapshot = collect(prodEu, CollectorSettings.defaults().withPageSize(pageSize));
		assertThat(snapshot.status(ResourceKind.PODS).state()).isEqualTo(State.COMPLETE);
		assertThat(snapshot.list(ResourceKind.PODS, V1Pod.class)).hasSize(pods);
		assertThat(snapshot.list(ResourceKind.PODS, V1Pod.class).stream().map((p) -> p.getMetadata().getUid()))
			.doesNotHaveDuplicates();
	}

	@Test
	void stalledServerEndsWithinTheReadTimeoutWithFailedKinds() {
		prodEu.faults().stall();
		Duration readTimeout = Duration.ofSeconds(2);
		long start = System.nanoTime();
		Snapshot snapshot = collect(prodEu,
				CollectorSettings.defaults().withTimeouts(Duration.ofSeconds(2), readTimeout));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).isLessThan(readTimeout.multipliedBy(3));
		assertThat(snapshot.statuses().values()).allSatisfy((status) -> {
			assertThat(status.state()).isEqualTo(State.FAILED);
			assertThat(status.reason()).contains("did not answer");
		});
	}

	@Test
	void unreachableServerFailsEveryKindWithoutResolvingAnything() {
		prodEu.faults().unreachable();
		Snapshot snapshot = collect(prodEu, CollectorSettings.defaults());
		assertThat(snapshot.statuses().values()).allSatisfy((status) -> {
			assertThat(status.state()).isEqualTo(State.FAILED);
			assertThat(status.reason()).contains("refused");
		});
		assertThat(snapshot.list(ResourceKind.PODS, V1Pod.class)).isEmpty();
	}

	@Test
	void tooManyRequestsIsRetriedAfterTheServersDelay() {
		prodEu.faults().tooManyRequests(3, 1);
		Snapshot snapshot = collect(prodEu, CollectorSettings.defaults());
		assertThat(snapshot.statuses().values())
			.allSatisfy((status) -> assertThat(status.state()).isIn(State.COMPLETE, State.NOT_FOUND, State.FORBIDDEN));
	}

	@Test
	void serverErrorsBeyondTheRetriesFailOnlyTheKindsTheyHit() {
		prodEu.faults().serverErrors(200);
		Snapshot snapshot = collect(prodEu, CollectorSettings.defaults().withMaxBackoff(Duration.ofMillis(50)));
		assertThat(snapshot.statuses().values()).anySatisfy((status) -> {
			assertThat(status.state()).isEqualTo(State.FAILED);
			assertThat(status.reason()).contains("500");
		});
	}

	@Test
	void unknownFieldsFromANewerServerAreIgnored() {
		prodEu.store().update("pods", "kube-system", firstPodName(), (pod) -> {
			((ObjectNode) pod.get("spec")).put("fieldFromTheFuture", "v1.99");
			pod.put("newTopLevelThing", 42);
		});
		Snapshot snapshot = collect(prodEu, CollectorSettings.defaults());
		assertThat(snapshot.status(ResourceKind.PODS).state()).isEqualTo(State.COMPLETE);
	}

	private static String firstPodName() {
		return prodEu.store()
			.list("pods")
			.stream()
			.filter((pod) -> "kube-system".equals(pod.path("metadata").path("namespace").asString()))
			.findFirst()
			.orElseThrow()
			.path("metadata")
			.path("name")
			.asString();
	}

}
