package dev.fleetward.checks.internal.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Selectors;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicySpec;

/**
 * Pods not selected by any NetworkPolicy accept traffic from, and send it to, anywhere. A
 * policy isolates a direction when its {@code policyTypes} list it; without
 * {@code policyTypes}, Ingress always and Egress only when it has egress rules.
 */
public final class WorkloadWithoutNetworkPolicy extends WorkloadCheck {

	@Override
	public String id() {
		return "net-workload-without-networkpolicy";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.NETWORK_POLICIES);
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		boolean ingress = false;
		boolean egress = false;
		List<String> names = new ArrayList<>();
		for (V1NetworkPolicy policy : judge.snapshot()
			.inNamespace(ResourceKind.NETWORK_POLICIES, workload.namespace(), V1NetworkPolicy.class)) {
			V1NetworkPolicySpec spec = policy.getSpec();
			if (spec == null || !Selectors.matches(spec.getPodSelector(), workload.podLabels())) {
				continue;
			}
			names.add(policy.getMetadata().getName());
			List<String> types = spec.getPolicyTypes();
			ingress |= (types == null || types.isEmpty()) || types.contains("Ingress");
			egress |= (types == null || types.isEmpty()) ? (spec.getEgress() != null && !spec.getEgress().isEmpty())
					: types.contains("Egress");
		}
		Map<String, String> evidence = Map.of("policies", String.join(",", names));
		if (ingress && egress) {
			judge.pass(workload.ref(), "",
					workload.describe() + " is isolated for ingress and egress by " + names + ".", evidence);
		}
		else if (ingress) {
			judge.fail(Severity.LOW, workload.ref(), "", workload.describe() + " has ingress isolated by " + names
					+ " but egress open: no NetworkPolicy restricts its outgoing traffic.", evidence);
		}
		else {
			judge.fail(workload.ref(), "",
					workload.describe() + " is selected by no NetworkPolicy for ingress"
							+ (egress ? " (only egress is restricted)" : "") + ": any pod can connect to it.",
					evidence);
		}
	}

}
