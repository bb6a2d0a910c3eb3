package dev.fleetward.checks.internal.sec;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1LimitRange;
import io.kubernetes.client.openapi.models.V1LimitRangeItem;
import io.kubernetes.client.openapi.models.V1ResourceQuota;

/**
 * A quota on cpu or memory rejects every pod that does not state that resource, unless a
 * LimitRange fills in a default. A Container item supplies one through {@code default},
 * {@code defaultRequest} or {@code max} (the API defaults {@code default} from
 * {@code max} and {@code defaultRequest} from {@code default}). A namespace with neither
 * quota nor LimitRange is reported too. Namespaces without workloads are not judged.
 */
public final class NamespaceLimitRange implements Check {

	@Override
	public String id() {
		return "sec-namespace-limitrange";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.RESOURCE_QUOTAS);
		needs.add(ResourceKind.LIMIT_RANGES);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		for (Map.Entry<String, List<Workload>> entry : Namespaces.workloadsByNamespace(judge).entrySet()) {
			String namespace = entry.getKey();
			List<V1ResourceQuota> quotas = judge.snapshot()
				.inNamespace(ResourceKind.RESOURCE_QUOTAS, namespace, V1ResourceQuota.class);
			List<V1LimitRange> ranges = judge.snapshot()
				.inNamespace(ResourceKind.LIMIT_RANGES, namespace, V1LimitRange.class);
			Set<String> quoted = new TreeSet<>();
			for (String key : NamespaceResourceQuota.hardKeys(quotas)) {
				if (NamespaceResourceQuota.COMPUTE.contains(key)) {
					quoted.add(key.substring(key.indexOf('.') + 1));
				}
			}
			Set<String> defaulted = new TreeSet<>();
			for (V1LimitRange range : ranges) {
				for (V1LimitRangeItem item : (range.getSpec() != null) ? range.getSpec().getLimits()
						: List.<V1LimitRangeItem>of()) {
					if ("Container".equals(item.getType())) {
						for (Map<String, ?> values : new Map[] { item.getDefault(), item.getDefaultRequest(),
								item.getMax() }) {
							if (values != null) {
								defaulted.addAll(values.keySet());
							}
						}
					}
				}
			}
			Set<String> missing = new TreeSet<>(quoted);
			missing.removeAll(defaulted);
			Map<String, String> evidence = Map.of("quotaOn", String.join(",", quoted), "defaults",
					String.join(",", defaulted));
			if (!missing.isEmpty()) {
				judge.fail(Namespaces.ref(namespace), "", "Namespace " + namespace + " has a quota on " + missing
						+ " but no LimitRange default for it: pods that do not set it are rejected.", evidence);
			}
			else if (quotas.isEmpty() && ranges.isEmpty()) {
				judge.fail(Namespaces.ref(namespace), "",
						"Namespace " + namespace + " has neither a ResourceQuota nor a LimitRange.", evidence);
			}
			else {
				judge.pass(Namespaces.ref(namespace), "",
						"Namespace " + namespace + " has LimitRange defaults for what its quota bounds.", evidence);
			}
		}
	}

}
