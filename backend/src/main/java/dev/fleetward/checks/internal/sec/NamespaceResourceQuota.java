package dev.fleetward.checks.internal.sec;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1ResourceQuota;

/**
 * Every namespace that runs workloads needs a ResourceQuota, or one team can starve the
 * cluster. A quota that bounds neither compute (requests/limits of cpu or memory) nor the
 * number of pods bounds nothing that matters here (medium). Namespaces without workloads
 * are not judged: they consume nothing, and a quota added with the first workload is in
 * time. Judged over the workloads' namespaces, so offline manifests need no Namespace
 * objects.
 */
public final class NamespaceResourceQuota implements Check {

	static final Set<String> COMPUTE = Set.of("cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu",
			"limits.memory");

	@Override
	public String id() {
		return "sec-namespace-resourcequota";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.RESOURCE_QUOTAS);
		return needs;
	}

	static Set<String> hardKeys(List<V1ResourceQuota> quotas) {
		Set<String> keys = new TreeSet<>();
		for (V1ResourceQuota quota : quotas) {
			if (quota.getSpec() != null && quota.getSpec().getHard() != null) {
				keys.addAll(quota.getSpec().getHard().keySet());
			}
		}
		return keys;
	}

	@Override
	public void evaluate(Judge judge) {
		for (Map.Entry<String, List<Workload>> entry : Namespaces.workloadsByNamespace(judge).entrySet()) {
			String namespace = entry.getKey();
			List<V1ResourceQuota> quotas = judge.snapshot()
				.inNamespace(ResourceKind.RESOURCE_QUOTAS, namespace, V1ResourceQuota.class);
			Set<String> keys = hardKeys(quotas);
			Map<String, String> evidence = Map.of("workloads", String.valueOf(entry.getValue().size()), "quotaKeys",
					String.join(",", keys));
			if (quotas.isEmpty()) {
				judge.fail(Namespaces.ref(namespace), "", "Namespace " + namespace + " runs " + entry.getValue().size()
						+ " workload(s) without a ResourceQuota.", evidence);
			}
			else if (keys.stream()
				.noneMatch((k) -> COMPUTE.contains(k) || "pods".equals(k) || "count/pods".equals(k))) {
				judge.fail(
						Severity.MEDIUM, Namespaces.ref(namespace), "coverage", "The ResourceQuotas of namespace "
								+ namespace + " bound neither cpu/memory requests or limits nor the number of pods.",
						evidence);
			}
			else {
				judge.pass(Namespaces.ref(namespace), "",
						"Namespace " + namespace + " has a ResourceQuota on " + keys + ".", evidence);
			}
		}
	}

}
