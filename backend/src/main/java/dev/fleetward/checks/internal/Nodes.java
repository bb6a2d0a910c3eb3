package dev.fleetward.checks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeCondition;
import io.kubernetes.client.openapi.models.V1Taint;

/** Node facts shared by the node-level and zone checks. */
public final class Nodes {

	/**
	 * Taints that keep ordinary pods off a node. {@code CriticalAddonsOnly} is how RKE2
	 * and k3s document dedicated server nodes.
	 */
	private static final Set<String> DEDICATING_TAINTS = Set.of("node-role.kubernetes.io/control-plane",
			"node-role.kubernetes.io/master", "CriticalAddonsOnly");

	private Nodes() {
	}

	public static String name(V1Node node) {
		return (node.getMetadata() != null && node.getMetadata().getName() != null) ? node.getMetadata().getName() : "";
	}

	public static Map<String, String> labels(V1Node node) {
		return (node.getMetadata() != null && node.getMetadata().getLabels() != null) ? node.getMetadata().getLabels()
				: Map.of();
	}

	/** Whether the node reports any condition (manifests and fresh nodes may not). */
	public static boolean hasConditions(V1Node node) {
		return node.getStatus() != null && node.getStatus().getConditions() != null
				&& !node.getStatus().getConditions().isEmpty();
	}

	/** A condition's status (True, False, Unknown), null when not reported. */
	public static String condition(V1Node node, String type) {
		if (!hasConditions(node)) {
			return null;
		}
		for (V1NodeCondition condition : node.getStatus().getConditions()) {
			if (type.equals(condition.getType())) {
				return condition.getStatus();
			}
		}
		return null;
	}

	public static boolean isReady(V1Node node) {
		return "True".equals(condition(node, "Ready"));
	}

	public static boolean isSchedulable(V1Node node) {
		return node.getSpec() == null || !Boolean.TRUE.equals(node.getSpec().getUnschedulable());
	}

	/** Fargate and virtual-kubelet nodes: no machine of their own in a zone to spread. */
	public static boolean isVirtual(V1Node node) {
		Map<String, String> labels = labels(node);
		return "fargate".equals(labels.get("eks.amazonaws.com/compute-type"))
				|| "virtual-kubelet".equals(labels.get("type"));
	}

	/** A control-plane taint (NoSchedule or NoExecute) keeps ordinary workloads off. */
	public static boolean isDedicated(V1Node node) {
		List<V1Taint> taints = (node.getSpec() != null) ? node.getSpec().getTaints() : null;
		if (taints == null) {
			return false;
		}
		return taints.stream()
			.anyMatch((t) -> DEDICATING_TAINTS.contains(t.getKey())
					&& ("NoSchedule".equals(t.getEffect()) || "NoExecute".equals(t.getEffect())));
	}

	/**
	 * The nodes ordinary workloads run on: Ready, schedulable, not virtual, not control
	 * plane. A cluster without worker nodes (single-node k3s, kind, minikube) runs its
	 * workloads on untainted control-plane nodes, so those count as its workers.
	 */
	public static List<V1Node> workers(List<V1Node> nodes) {
		List<V1Node> candidates = new ArrayList<>();
		for (V1Node node : nodes) {
			if (!ControlPlane.isControlPlaneNode(node) && !isVirtual(node)) {
				candidates.add(node);
			}
		}
		if (candidates.isEmpty()) {
			for (V1Node node : nodes) {
				if (ControlPlane.isControlPlaneNode(node) && !isDedicated(node)) {
					candidates.add(node);
				}
			}
		}
		return candidates.stream().filter((n) -> isReady(n) && isSchedulable(n)).toList();
	}

}
