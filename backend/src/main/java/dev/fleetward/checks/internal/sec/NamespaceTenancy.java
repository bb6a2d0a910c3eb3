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
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Namespace;

/**
 * A namespace is the unit of RBAC, quota and policy, so it should belong to one
 * application or team: flags namespaces with more distinct applications than the
 * threshold ({@code app.kubernetes.io/name}, else {@code app}, else the workload's name)
 * and namespaces without an owner label (keys from the settings). {@code default} is
 * nobody's by nature and left to sec-workloads-in-default-namespace.
 */
public final class NamespaceTenancy implements Check {

	@Override
	public String id() {
		return "sec-namespace-tenancy";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.NAMESPACES);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		Map<String, List<Workload>> workloads = Namespaces.workloadsByNamespace(judge);
		int maxApps = judge.config().thresholds().maxAppsPerNamespace();
		List<String> ownerKeys = judge.config().thresholds().ownerLabelKeys();
		for (V1Namespace namespace : judge.snapshot().list(ResourceKind.NAMESPACES, V1Namespace.class)) {
			String name = namespace.getMetadata().getName();
			if (judge.config().isSystemNamespace(name) || "default".equals(name)) {
				continue;
			}
			ObjectRef ref = Namespaces.ref(name);
			Set<String> apps = new TreeSet<>();
			workloads.getOrDefault(name, List.of()).forEach((w) -> apps.add(appOf(w)));
			Map<String, String> labels = (namespace.getMetadata().getLabels() != null)
					? namespace.getMetadata().getLabels() : Map.of();
			boolean owned = ownerKeys.stream().anyMatch((k) -> labels.get(k) != null && !labels.get(k).isBlank());
			if (apps.size() > maxApps) {
				judge.fail(ref, "apps", "Namespace " + name + " holds " + apps.size() + " applications (more than "
						+ maxApps + "): " + apps + ".", Map.of("applications", String.valueOf(apps.size())));
			}
			if (!owned) {
				judge.fail(ref, "owner",
						"Namespace " + name + " has no owner label (" + String.join(" or ", ownerKeys)
								+ "): nobody is accountable for what runs in it.",
						Map.of("ownerLabels", String.join(",", ownerKeys)));
			}
			if (owned && apps.size() <= maxApps) {
				judge.pass(ref, "", "Namespace " + name + " has an owner and " + apps.size() + " application(s).");
			}
		}
	}

	private static String appOf(Workload workload) {
		Map<String, String> labels = workload.podLabels();
		Map<String, String> own = (workload.metadata().getLabels() != null) ? workload.metadata().getLabels()
				: Map.of();
		for (String key : List.of("app.kubernetes.io/name", "app")) {
			String value = (labels.get(key) != null) ? labels.get(key) : own.get(key);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return workload.name();
	}

}
