package dev.fleetward.checks.internal.ha;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PodAntiAffinity;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import io.kubernetes.client.openapi.models.V1WeightedPodAffinityTerm;

/**
 * The scheduler spreads replicas across zones only when asked: a topology spread
 * constraint or pod anti-affinity on a zone key. Judged for replicated workloads that
 * run, or may run (replicas left to an autoscaler), more than one replica.
 */
public final class WorkloadZoneSpreadPolicy extends WorkloadCheck {

	static final Set<String> ZONE_KEYS = Set.of("topology.kubernetes.io/zone",
			"failure-domain.beta.kubernetes.io/zone");

	@Override
	public String id() {
		return "ha-workload-zone-spread-policy";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.HORIZONTAL_POD_AUTOSCALERS);
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return workload.replicated() && (workload.replicas() == null || workload.replicas() >= 2);
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		if (workload.replicas() == null && judge.workloads()
			.autoscalerOf(workload)
			.map((h) -> h.getSpec().getMaxReplicas() != null && h.getSpec().getMaxReplicas() < 2)
			.orElse(false)) {
			return;
		}
		List<String> keys = topologyKeys(workload);
		if (keys.stream().anyMatch(ZONE_KEYS::contains)) {
			judge.pass(workload.ref(), "", workload.describe() + " spreads its replicas across zones.",
					Map.of("topologyKeys", String.join(",", keys)));
		}
		else {
			judge.fail(workload.ref(), "", workload.describe() + " has no zone spread policy"
					+ (keys.isEmpty() ? "" : " (only " + keys + ")")
					+ ": all replicas may land in one zone. Add a topologySpreadConstraint on topology.kubernetes.io/zone.",
					Map.of("topologyKeys", String.join(",", keys)));
		}
	}

	private static List<String> topologyKeys(Workload workload) {
		List<String> keys = new ArrayList<>();
		List<V1TopologySpreadConstraint> constraints = workload.podSpec().getTopologySpreadConstraints();
		if (constraints != null) {
			constraints.forEach((c) -> keys.add(c.getTopologyKey()));
		}
		V1PodAntiAffinity anti = (workload.podSpec().getAffinity() != null)
				? workload.podSpec().getAffinity().getPodAntiAffinity() : null;
		if (anti != null) {
			if (anti.getRequiredDuringSchedulingIgnoredDuringExecution() != null) {
				anti.getRequiredDuringSchedulingIgnoredDuringExecution()
					.stream()
					.map(V1PodAffinityTerm::getTopologyKey)
					.forEach(keys::add);
			}
			if (anti.getPreferredDuringSchedulingIgnoredDuringExecution() != null) {
				anti.getPreferredDuringSchedulingIgnoredDuringExecution()
					.stream()
					.map(V1WeightedPodAffinityTerm::getPodAffinityTerm)
					.filter((t) -> t != null)
					.map(V1PodAffinityTerm::getTopologyKey)
					.forEach(keys::add);
			}
		}
		return keys;
	}

}
