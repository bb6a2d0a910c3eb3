package dev.fleetward.checks.internal.ha;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Nodes;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1Taint;

/**
 * Without the control-plane taint the scheduler places ordinary pods on control-plane
 * nodes, where they compete with the API server and etcd for CPU, memory and disk.
 * NoExecute and the RKE2/k3s {@code CriticalAddonsOnly} taint also keep them off.
 */
public final class ControlPlaneDedicated implements Check {

	@Override
	public String id() {
		return "ha-control-plane-dedicated";
	}

	@Override
	public Set<ResourceKind> needs() {
		return ControlPlane.NEEDS;
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
		for (V1Node node : hosts) {
			ObjectRef ref = new ObjectRef("Node", "", Nodes.name(node));
			List<V1Taint> taints = (node.getSpec() != null && node.getSpec().getTaints() != null)
					? node.getSpec().getTaints() : List.of();
			Map<String, String> evidence = Map.of("taints",
					String.join(",", taints.stream().map((t) -> t.getKey() + ":" + t.getEffect()).toList()));
			if (Nodes.isDedicated(node)) {
				judge.pass(ref, "", "Control-plane node " + ref.name() + " is tainted against ordinary workloads.",
						evidence);
			}
			else {
				judge.fail(ref, "", "Control-plane node " + ref.name()
						+ " has no node-role.kubernetes.io/control-plane:NoSchedule taint: ordinary pods can be scheduled on it.",
						evidence);
			}
		}
	}

}
