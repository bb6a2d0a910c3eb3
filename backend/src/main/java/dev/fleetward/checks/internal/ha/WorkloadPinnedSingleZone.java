package dev.fleetward.checks.internal.ha;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;

/**
 * A replicated workload whose nodeSelector or required node affinity allows exactly one
 * zone cannot survive that zone. Node selector terms are ORed and their expressions
 * ANDed, so the workload is pinned when every term limits the zone with {@code In} and
 * together they allow a single zone.
 */
public final class WorkloadPinnedSingleZone extends WorkloadCheck {

	@Override
	public String id() {
		return "ha-workload-pinned-single-zone";
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return workload.replicated() && (workload.replicas() == null || workload.replicas() >= 2);
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		Set<String> zones = new HashSet<>();
		Map<String, String> selector = workload.podSpec().getNodeSelector();
		if (selector != null) {
			WorkloadZoneSpreadPolicy.ZONE_KEYS.stream().map(selector::get).filter((z) -> z != null).forEach(zones::add);
		}
		if (zones.isEmpty()) {
			zones = affinityZones(workload);
		}
		if (zones != null && zones.size() == 1) {
			judge.fail(workload.ref(), "",
					workload.describe() + " can only be scheduled in zone " + zones.iterator().next()
							+ ": all its replicas share that zone's failures.",
					Map.of("zone", zones.iterator().next()));
		}
		else {
			judge.pass(workload.ref(), "", workload.describe() + " is not pinned to a single zone.");
		}
	}

	/** The zones the required affinity allows; null when it does not bound them. */
	private static Set<String> affinityZones(Workload workload) {
		var affinity = workload.podSpec().getAffinity();
		V1NodeSelector required = (affinity != null && affinity.getNodeAffinity() != null)
				? affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() : null;
		if (required == null || required.getNodeSelectorTerms() == null || required.getNodeSelectorTerms().isEmpty()) {
			return null;
		}
		Set<String> union = new HashSet<>();
		for (V1NodeSelectorTerm term : required.getNodeSelectorTerms()) {
			Set<String> allowed = null;
			List<V1NodeSelectorRequirement> expressions = (term.getMatchExpressions() != null)
					? term.getMatchExpressions() : List.of();
			for (V1NodeSelectorRequirement r : expressions) {
				if (WorkloadZoneSpreadPolicy.ZONE_KEYS.contains(r.getKey()) && "In".equals(r.getOperator())
						&& r.getValues() != null) {
					Set<String> values = new HashSet<>(r.getValues());
					if (allowed != null) {
						values.retainAll(allowed);
					}
					allowed = values;
				}
			}
			if (allowed == null) {
				return null;
			}
			union.addAll(allowed);
		}
		return union;
	}

}
