package dev.fleetward.checks.internal.ha;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Nodes;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Node;

/**
 * Effective capacity: a node that is not Ready (False or Unknown) runs nothing new
 * (high); memory, disk or PID pressure evicts pods (medium); a cordoned node is reported
 * as info. A node without any condition (a manifest) is UNKNOWN, never healthy.
 */
public final class NodeNotReady implements Check {

	private static final List<String> PRESSURES = List.of("MemoryPressure", "DiskPressure", "PIDPressure");

	@Override
	public String id() {
		return "ha-node-not-ready";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.NODES);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1Node node : judge.snapshot().list(ResourceKind.NODES, V1Node.class)) {
			ObjectRef ref = new ObjectRef("Node", "", Nodes.name(node));
			if (!Nodes.hasConditions(node)) {
				judge.unknown(ref, "", "Node " + ref.name() + " reports no conditions.");
				continue;
			}
			boolean healthy = true;
			String ready = Nodes.condition(node, "Ready");
			if (!"True".equals(ready)) {
				healthy = false;
				judge.fail(ref, "Ready", "Node " + ref.name() + " is not Ready (" + ready + ").",
						Map.of("Ready", String.valueOf(ready)));
			}
			List<String> pressures = new ArrayList<>();
			PRESSURES.stream().filter((p) -> "True".equals(Nodes.condition(node, p))).forEach(pressures::add);
			if (!pressures.isEmpty()) {
				healthy = false;
				judge.fail(Severity.MEDIUM, ref, "pressure",
						"Node " + ref.name() + " reports " + pressures + ": the kubelet is evicting pods.",
						Map.of("conditions", String.join(",", pressures)));
			}
			if (!Nodes.isSchedulable(node)) {
				healthy = false;
				judge.fail(Severity.INFO, ref, "unschedulable", "Node " + ref.name() + " is cordoned.", Map.of());
			}
			if (healthy) {
				judge.pass(ref, "", "Node " + ref.name() + " is Ready and schedulable, without pressure.");
			}
		}
	}

}
