package dev.fleetward.checks.internal.ha;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Nodes;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Node;

/**
 * Control-plane nodes in one zone fail together. Spread over zones but with half or more
 * in one zone, losing that zone still loses the etcd majority (medium). Zones come only
 * from labels: never guessed from names.
 */
public final class ControlPlaneZoneSpread implements Check {

	@Override
	public String id() {
		return "ha-control-plane-zone-spread";
	}

	@Override
	public Set<ResourceKind> needs() {
		return ControlPlane.NEEDS;
	}

	@Override
	public void evaluate(Judge judge) {
		ControlPlane controlPlane = ControlPlane.of(judge.snapshot());
		if (ControlPlaneScope.settled(judge, controlPlane, false)) {
			return;
		}
		List<V1Node> hosts = controlPlane.hostNodes();
		if (hosts.isEmpty()) {
			ControlPlaneScope.noControlPlaneVisible(judge, controlPlane);
			return;
		}
		if (hosts.size() == 1) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "One control-plane node (" + Nodes.name(hosts.get(0))
					+ "): nothing to spread; see ha-control-plane-replicas.");
			return;
		}
		Map<String, Integer> zones = new TreeMap<>();
		for (V1Node node : hosts) {
			zones.merge(ControlPlane.zoneOf(node), 1, Integer::sum);
		}
		Map<String, String> evidence = Map.of("nodes", String.valueOf(hosts.size()), "zones", zones.toString());
		if (zones.containsKey("")) {
			judge.unknown(ObjectRef.CLUSTER, "", zones.get("")
					+ " control-plane node(s) have no zone label: the spread cannot be told (see ha-node-zone-labels-missing).",
					evidence);
			return;
		}
		int largest = zones.values().stream().max(Integer::compare).orElse(0);
		if (zones.size() == 1) {
			judge.fail(
					ObjectRef.CLUSTER, "", "All " + hosts.size() + " control-plane nodes are in zone "
							+ zones.keySet().iterator().next() + ": one zone outage takes the control plane down.",
					evidence);
		}
		else if (largest * 2 >= hosts.size()) {
			judge.fail(Severity.MEDIUM, ObjectRef.CLUSTER, "",
					"Control-plane nodes span " + zones.size() + " zones, but one zone holds " + largest + " of "
							+ hosts.size() + ": losing it loses the etcd majority. Use three zones.",
					evidence);
		}
		else {
			judge.pass(ObjectRef.CLUSTER, "", "Control-plane nodes span " + zones.size() + " zones.", evidence);
		}
	}

}
