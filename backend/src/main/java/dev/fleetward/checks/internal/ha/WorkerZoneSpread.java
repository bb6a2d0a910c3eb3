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
 * Workload capacity in one zone is lost with that zone. Counts the nodes that can run
 * pods now ({@link Nodes#workers}); a single-node cluster whose only node is an untainted
 * control plane is judged on that node, since that is where its workloads run. Fully
 * applicable on managed clusters.
 */
public final class WorkerZoneSpread implements Check {

	@Override
	public String id() {
		return "ha-worker-zone-spread";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.NODES);
	}

	@Override
	public void evaluate(Judge judge) {
		List<V1Node> nodes = judge.snapshot().list(ResourceKind.NODES, V1Node.class);
		if (nodes.isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No nodes in the snapshot: no worker capacity to judge.");
			return;
		}
		List<V1Node> workers = Nodes.workers(nodes);
		if (workers.isEmpty()) {
			judge.fail(ObjectRef.CLUSTER, "", "No Ready, schedulable worker node: workloads have nowhere to run.",
					Map.of("nodes", String.valueOf(nodes.size())));
			return;
		}
		Map<String, Integer> zones = new TreeMap<>();
		workers.forEach((n) -> zones.merge(ControlPlane.zoneOf(n), 1, Integer::sum));
		Integer unlabelled = zones.remove("");
		Map<String, String> evidence = Map.of("workers", String.valueOf(workers.size()), "zones", zones.toString(),
				"withoutZone", String.valueOf((unlabelled != null) ? unlabelled : 0));
		if (zones.isEmpty() || (zones.size() == 1 && unlabelled != null)) {
			judge.unknown(ObjectRef.CLUSTER, "",
					"Worker nodes carry no zone label" + (zones.isEmpty() ? "" : " (some do)")
							+ ": the spread cannot be told; see ha-node-zone-labels-missing.",
					evidence);
			return;
		}
		if (zones.size() == 1) {
			judge.fail(ObjectRef.CLUSTER, "", "All " + workers.size() + " worker node(s) are in zone "
					+ zones.keySet().iterator().next() + ": one zone outage stops every workload.", evidence);
			return;
		}
		judge.pass(ObjectRef.CLUSTER, "", "Worker nodes span " + zones.size() + " zones.", evidence);
		int largest = zones.values().stream().max(Integer::compare).orElse(0);
		int labelled = zones.values().stream().mapToInt(Integer::intValue).sum();
		if (zones.size() >= 3 && largest * 2 > labelled) {
			judge.fail(Severity.MEDIUM, ObjectRef.CLUSTER, "skew", "Worker nodes are skewed: one zone holds " + largest
					+ " of " + labelled + "; losing it removes most of the capacity.", evidence);
		}
	}

}
