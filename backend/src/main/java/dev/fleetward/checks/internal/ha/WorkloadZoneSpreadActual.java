package dev.fleetward.checks.internal.ha;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.Severity;
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
import io.kubernetes.client.openapi.models.V1PodCondition;

/**
 * Where the Ready replicas actually run, whatever the spec asks: all in one zone of a
 * multi-zone cluster (high), or all on one node (medium sub-finding, detail
 * {@code node}). DaemonSets are per node by design and not judged.
 */
public final class WorkloadZoneSpreadActual implements Check {

	@Override
	public String id() {
		return "ha-workload-zone-spread-actual";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.NODES);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		List<V1Node> nodes = judge.snapshot().list(ResourceKind.NODES, V1Node.class);
		if (nodes.isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No nodes in the snapshot: no running replicas to place.");
			return;
		}
		Map<String, String> zoneByNode = new java.util.HashMap<>();
		nodes.forEach((n) -> zoneByNode.put(Nodes.name(n), ControlPlane.zoneOf(n)));
		boolean zoneLabels = zoneByNode.values().stream().anyMatch((z) -> !z.isEmpty());
		long workerZones = Nodes.workers(nodes)
			.stream()
			.map(ControlPlane::zoneOf)
			.filter((z) -> !z.isEmpty())
			.distinct()
			.count();
		for (Workload workload : judge.workloads().all()) {
			Integer replicas = workload.effectiveReplicas();
			if (replicas == null || replicas < 2) {
				continue;
			}
			Set<String> podNodes = new TreeSet<>();
			int readyPods = 0;
			for (V1Pod pod : judge.workloads().podsOf(workload)) {
				if (ready(pod)) {
					podNodes.add(pod.getSpec().getNodeName());
					readyPods++;
				}
			}
			if (readyPods < 2) {
				judge.notApplicable(workload.ref(), "",
						workload.describe() + " has fewer than two Ready pods " + "(see ha-workload-unavailable).");
				continue;
			}
			if (podNodes.size() == 1) {
				judge.fail(
						Severity.MEDIUM, workload.ref(), "node", "All " + readyPods + " Ready pods of "
								+ workload.describe() + " run on node " + podNodes.iterator().next() + ".",
						Map.of("node", podNodes.iterator().next()));
			}
			judgeZones(judge, workload, podNodes, zoneByNode, zoneLabels, workerZones);
		}
	}

	private static void judgeZones(Judge judge, Workload workload, Set<String> podNodes, Map<String, String> zoneByNode,
			boolean zoneLabels, long workerZones) {
		if (!zoneLabels) {
			judge.unknown(workload.ref(), "", "Nodes carry no zone label: the zones of " + workload.describe()
					+ " cannot be told (see ha-node-zone-labels-missing).");
			return;
		}
		if (workerZones < 2) {
			judge.notApplicable(workload.ref(), "", "The cluster has one worker zone: nothing to spread across.");
			return;
		}
		Set<String> zones = new TreeSet<>();
		boolean unknown = false;
		for (String node : podNodes) {
			String zone = zoneByNode.getOrDefault(node, "");
			unknown |= zone.isEmpty();
			if (!zone.isEmpty()) {
				zones.add(zone);
			}
		}
		Map<String, String> evidence = Map.of("zones", String.join(",", zones), "nodes",
				String.valueOf(podNodes.size()));
		if (zones.size() >= 2) {
			judge.pass(workload.ref(), "", workload.describe() + " runs Ready pods in zones " + zones + ".", evidence);
		}
		else if (unknown) {
			judge.unknown(workload.ref(), "",
					"Some pods of " + workload.describe() + " run on nodes without a zone label.", evidence);
		}
		else {
			judge.fail(
					workload.ref(), "", "All Ready pods of " + workload.describe() + " run in zone " + zones
							+ " while the cluster has " + workerZones + " worker zones: one zone outage takes it down.",
					evidence);
		}
	}

	private static boolean ready(V1Pod pod) {
		if (pod.getSpec() == null || pod.getSpec().getNodeName() == null || pod.getStatus() == null
				|| pod.getStatus().getConditions() == null) {
			return false;
		}
		// A loop, not a stream: this runs for every pod of every replicated workload.
		for (V1PodCondition condition : pod.getStatus().getConditions()) {
			if ("Ready".equals(condition.getType()) && "True".equals(condition.getStatus())) {
				return true;
			}
		}
		return false;
	}

}
