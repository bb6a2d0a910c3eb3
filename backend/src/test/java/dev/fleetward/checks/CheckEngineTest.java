package dev.fleetward.checks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fleetward.snapshot.KindStatus;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ReplicaSet;
import io.kubernetes.client.openapi.models.V1ReplicaSetSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckEngineTest {

	private static final Instant TAKEN = Instant.parse("2025-06-01T00:00:00Z");

	private final CheckEngine engine = CheckEngine.withDefaults();

	@Test
	void forbiddenKindMakesEveryCheckThatNeedsItUnknownNeverPass() {
		Snapshot snapshot = Snapshot.builder(TAKEN)
			.kind(ResourceKind.CLUSTER_ROLE_BINDINGS, List.of(), KindStatus.forbidden("403 list clusterrolebindings"),
					Duration.ofMillis(3))
			.remainingKindsComplete()
			.build();
		List<CheckResult> rbac = this.engine.run(snapshot)
			.stream()
			.filter((r) -> r.checkId().equals("sec-cluster-admin-bindings")
					|| r.checkId().equals("sec-rbac-exec-attach-grants"))
			.toList();
		assertThat(rbac).hasSize(2).allSatisfy((r) -> {
			assertThat(r.status()).isEqualTo(CheckStatus.UNKNOWN);
			assertThat(r.message()).contains("ClusterRoleBinding").contains("403");
		});
	}

	@Test
	void missingApiIsNotApplicableAndKindsNeverSetAreUnknown() {
		Snapshot snapshot = Snapshot.builder(TAKEN)
			.status(ResourceKind.HORIZONTAL_POD_AUTOSCALERS, KindStatus.notFound("404"))
			.build();
		List<CheckResult> results = this.engine.run(snapshot);
		assertThat(results).filteredOn((r) -> r.checkId().equals("ha-hpa-min-replicas"))
			.extracting(CheckResult::status)
			.containsOnly(CheckStatus.NOT_APPLICABLE);
		assertThat(results).filteredOn((r) -> r.checkId().equals("net-ingress-tls"))
			.extracting(CheckResult::status)
			.containsOnly(CheckStatus.UNKNOWN);
	}

	@Test
	void podsOwnedByAControllerInTheSnapshotAreJudgedThroughIt() {
		V1ReplicaSet rs = new V1ReplicaSet().metadata(new V1ObjectMeta().name("web-1").namespace("shop").uid("u1"))
			.spec(new V1ReplicaSetSpec().replicas(2)
				.template(new V1PodTemplateSpec().spec(new V1PodSpec().addContainersItem(container()))));
		Snapshot snapshot = Snapshot.builder(TAKEN)
			.kind(ResourceKind.REPLICA_SETS, List.of(rs), KindStatus.COMPLETE, null)
			.kind(ResourceKind.PODS, List.of(pod(0, "web-1"), pod(1, "web-1")), KindStatus.COMPLETE, null)
			.remainingKindsComplete()
			.build();
		assertThat(this.engine.run(snapshot)).filteredOn((r) -> r.checkId().equals("sec-image-tag-pinned"))
			.extracting((r) -> r.object().kind())
			.containsExactly("ReplicaSet");
	}

	/**
	 * All checks over 10,000 pods; the target is 100 ms, the assertion leaves room for a
	 * busy machine.
	 */
	@Test
	void tenThousandPodsAreJudgedQuickly() {
		List<V1Pod> pods = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			pods.add(pod(i, null));
		}
		Snapshot snapshot = Snapshot.builder(TAKEN)
			.kind(ResourceKind.PODS, pods, KindStatus.COMPLETE, null)
			.remainingKindsComplete()
			.build();
		this.engine.run(snapshot);
		long best = Long.MAX_VALUE;
		for (int run = 0; run < 5; run++) {
			long start = System.nanoTime();
			this.engine.run(snapshot);
			best = Math.min(best, System.nanoTime() - start);
		}
		System.out.printf("all checks over 10,000 pods: %d ms%n", best / 1_000_000);
		assertThat(Duration.ofNanos(best)).isLessThan(Duration.ofMillis(1000));
	}

	private static V1Pod pod(int i, String owner) {
		V1ObjectMeta meta = new V1ObjectMeta().name("p" + i)
			.namespace((owner != null) ? "shop" : "ns" + (i % 50))
			.labels(Map.of("app", "a" + i % 7));
		if (owner != null) {
			meta.addOwnerReferencesItem(
					new V1OwnerReference().kind("ReplicaSet").name(owner).uid("u1").controller(true));
		}
		return new V1Pod().metadata(meta)
			.spec(new V1PodSpec().nodeName("n" + (i % 100)).addContainersItem(container()));
	}

	private static V1Container container() {
		return new V1Container().name("c").image("registry.example.com/app:1.0");
	}

}
