package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;

/**
 * {@code failure-domain.beta.kubernetes.io/*} was replaced by
 * {@code topology.kubernetes.io/*} in 1.17; newer nodes may not carry it, so a selector
 * or spread on it silently matches nothing or spreads nothing.
 */
public final class DeprecatedFailureDomainLabels extends WorkloadCheck {

	private static final String DEPRECATED = "failure-domain.beta.kubernetes.io/";

	@Override
	public String id() {
		return "ha-deprecated-failure-domain-labels";
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		var spec = workload.podSpec();
		if (spec.getNodeSelector() == null && spec.getTopologySpreadConstraints() == null
				&& spec.getAffinity() == null) {
			judge.pass(workload.ref(), "", workload.describe() + " uses no deprecated failure-domain label.");
			return;
		}
		Set<String> keys = new TreeSet<>();
		if (spec.getNodeSelector() != null) {
			keys.addAll(spec.getNodeSelector().keySet());
		}
		if (spec.getTopologySpreadConstraints() != null) {
			spec.getTopologySpreadConstraints().forEach((c) -> keys.add(c.getTopologyKey()));
		}
		affinityKeys(spec.getAffinity(), keys);
		keys.removeIf((k) -> k == null || !k.startsWith(DEPRECATED));
		if (keys.isEmpty()) {
			judge.pass(workload.ref(), "", workload.describe() + " uses no deprecated failure-domain label.");
		}
		else {
			judge.fail(workload.ref(), "",
					workload.describe() + " uses deprecated " + keys
							+ ": use topology.kubernetes.io/zone and /region instead.",
					Map.of("keys", String.join(",", keys)));
		}
	}

	private static void affinityKeys(V1Affinity affinity, Set<String> keys) {
		if (affinity == null) {
			return;
		}
		var node = affinity.getNodeAffinity();
		if (node != null && node.getRequiredDuringSchedulingIgnoredDuringExecution() != null) {
			node.getRequiredDuringSchedulingIgnoredDuringExecution()
				.getNodeSelectorTerms()
				.forEach((t) -> termKeys(t, keys));
		}
		if (node != null && node.getPreferredDuringSchedulingIgnoredDuringExecution() != null) {
			node.getPreferredDuringSchedulingIgnoredDuringExecution().forEach((p) -> termKeys(p.getPreference(), keys));
		}
		if (affinity.getPodAffinity() != null) {
			podTermKeys(affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(), keys);
			if (affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution() != null) {
				affinity.getPodAffinity()
					.getPreferredDuringSchedulingIgnoredDuringExecution()
					.forEach((w) -> podTermKeys(java.util.List.of(w.getPodAffinityTerm()), keys));
			}
		}
		if (affinity.getPodAntiAffinity() != null) {
			podTermKeys(affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(), keys);
			if (affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution() != null) {
				affinity.getPodAntiAffinity()
					.getPreferredDuringSchedulingIgnoredDuringExecution()
					.forEach((w) -> podTermKeys(java.util.List.of(w.getPodAffinityTerm()), keys));
			}
		}
	}

	private static void termKeys(V1NodeSelectorTerm term, Set<String> keys) {
		if (term != null && term.getMatchExpressions() != null) {
			term.getMatchExpressions().forEach((e) -> keys.add(e.getKey()));
		}
	}

	private static void podTermKeys(java.util.List<V1PodAffinityTerm> terms, Set<String> keys) {
		if (terms != null) {
			terms.stream().filter((t) -> t != null).forEach((t) -> keys.add(t.getTopologyKey()));
		}
	}

}
