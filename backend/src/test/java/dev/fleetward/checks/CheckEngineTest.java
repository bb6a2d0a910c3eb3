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
	 * A large snapshot goes through the shared per-run indexes (owners, pod labels):
	 * every bare pod is still judged once, and every check answers. Speed is measured by
	 * the scan benchmark, not here.
	 */
	@Test
	void tenThousandBarePodsAreEachJudgedOncePerWorkloadCheck() {
		List<V1Pod> pods = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			pods.add(pod(i, null));
		}
		Snapshot snapshot = Snapshot.builder(TAKEN)
			.kind(ResourceKind.PODS, pods, KindStatus.COMPLETE, null)
			.remainingKindsComplete()
			.build();
		List<CheckResult> results = this.engine.run(snapshot);
		assertThat(results.stream().map(CheckResult::checkId).distinct())
			.containsExactlyInAnyOrderElementsOf(this.engine.checkIds());
		List<CheckResult> tags = results.stream().filter((r) -> r.checkId().equals("sec-image-tag-pinned")).toList();
		assertThat(tags).hasSize(10_000).allSatisfy((r) -> assertThat(r.object().kind()).isEqualTo("Pod"));
		assertThat(tags).extracting((r) -> r.object().namespace() + "/" + r.object().name()).doesNotHaveDuplicates();
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
