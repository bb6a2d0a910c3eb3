package dev.fleetward.checks.internal.net;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Nodes;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Node;

/**
 * {@code NetworkUnavailable=True} means the node's pod network (routes, CNI) is not set
 * up: pods there cannot reach others. Many CNIs never set the condition, so its absence
 * passes; a node without any condition (a manifest) is UNKNOWN.
 */
public final class NodeNetworkUnavailable implements Check {

	@Override
	public String id() {
		return "net-node-network-unavailable";
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
			}
			else if ("True".equals(Nodes.condition(node, "NetworkUnavailable"))) {
				judge.fail(ref, "",
						"Node " + ref.name() + " reports NetworkUnavailable: its pod network is not " + "configured.",
						Map.of("NetworkUnavailable", "True"));
			}
			else {
				judge.pass(ref, "", "Node " + ref.name() + " has its pod network configured.");
			}
		}
	}

}
