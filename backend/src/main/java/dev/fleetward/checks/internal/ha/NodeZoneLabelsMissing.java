package dev.fleetward.checks.internal.ha;

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
 * Zone-aware scheduling, topology spread constraints and the zone checks all read
 * {@code topology.kubernetes.io/zone}; the deprecated beta label alone does not count.
 * Bare metal (no node has a cloud providerID) often has no zones at all: info there.
 */
public final class NodeZoneLabelsMissing implements Check {

	static final String ZONE = "topology.kubernetes.io/zone";

	@Override
	public String id() {
		return "ha-node-zone-labels-missing";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.NODES);
	}

	@Override
	public void evaluate(Judge judge) {
		List<V1Node> nodes = judge.snapshot().list(ResourceKind.NODES, V1Node.class);
		if (nodes.isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No nodes in the snapshot.");
			return;
		}
		List<String> missing = nodes.stream()
			.filter((n) -> !Nodes.labels(n).containsKey(ZONE))
			.map(Nodes::name)
			.sorted()
			.toList();
		if (missing.isEmpty()) {
			judge.pass(ObjectRef.CLUSTER, "", "All " + nodes.size() + " nodes carry " + ZONE + ".");
			return;
		}
		boolean cloud = nodes.stream()
			.anyMatch((n) -> n.getSpec() != null && n.getSpec().getProviderID() != null
					&& !n.getSpec().getProviderID().isBlank());
		Map<String, String> evidence = Map.of("nodesWithoutZone", String.valueOf(missing.size()), "nodes",
				String.valueOf(nodes.size()), "examples",
				String.join(",", missing.subList(0, Math.min(5, missing.size()))));
		judge.fail(cloud ? Severity.LOW : Severity.INFO, ObjectRef.CLUSTER, "", missing.size() + " of " + nodes.size()
				+ " nodes have no " + ZONE + " label: zone-aware scheduling and spread checks cannot see their zone"
				+ (cloud ? "." : " (no cloud providerID: likely bare metal; set the label to your failure domains)."),
				evidence);
	}

}
