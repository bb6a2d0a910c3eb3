package dev.fleetward.checks.internal.ha;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Nodes;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1Pod;

/**
 * Workloads running on control-plane nodes share their failure and their resources.
 * Mirror pods, DaemonSet pods (meant for every node) and platform namespaces (system,
 * CNI, CSI: {@code ChecksConfig}) are expected there. Judged per workload through its
 * pods' {@code spec.nodeName}.
 */
public final class WorkloadsOnControlPlane implements Check {

	@Override
	public String id() {
		return "ha-workloads-on-control-plane";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.addAll(ControlPlane.NEEDS);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		ControlPlane controlPlane = ControlPlane.of(judge.snapshot());
		if (ControlPlaneScope.settled(judge, controlPlane, true)) {
			return;
		}
		List<V1Node> hosts = controlPlane.hostNodes();
		if (hosts.isEmpty()) {
			ControlPlaneScope.noControlPlaneVisible(judge, controlPlane);
			return;
		}
		Map<ObjectRef, Set<String>> placed = new java.util.HashMap<>();
		for (V1Node host : hosts) {
			for (V1Pod pod : judge.snapshot().podsOnNode(Nodes.name(host))) {
				if (!expectedThere(pod, judge)) {
					placed.computeIfAbsent(judge.workloads().workloadOf(pod), (r) -> new TreeSet<>())
						.add(Nodes.name(host));
				}
			}
		}
		for (Workload workload : judge.workloads().all()) {
			if ("DaemonSet".equals(workload.kind()) || judge.config().isPlatformNamespace(workload.namespace())) {
				continue;
			}
			Set<String> on = placed.get(workload.ref());
			if (on == null) {
				judge.pass(workload.ref(), "", workload.describe() + " runs no pod on a control-plane node.");
			}
			else {
				judge.fail(workload.ref(), "",
						workload.describe() + " runs pods on control-plane node(s) " + on
								+ ": they compete with the API server and etcd.",
						Map.of("nodes", String.join(",", on)));
			}
		}
	}

	private static boolean expectedThere(V1Pod pod, Judge judge) {
		var meta = pod.getMetadata();
		if (meta == null || judge.config().isPlatformNamespace(meta.getNamespace())) {
			return true;
		}
		if (meta.getAnnotations() != null && meta.getAnnotations().containsKey("kubernetes.io/config.mirror")) {
			return true;
		}
		return meta.getOwnerReferences() != null
				&& meta.getOwnerReferences().stream().anyMatch((o) -> "DaemonSet".equals(o.getKind()));
	}

}
