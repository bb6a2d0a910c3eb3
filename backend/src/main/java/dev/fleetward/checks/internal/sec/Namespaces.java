package dev.fleetward.checks.internal.sec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.snapshot.ObjectRef;

/** Per-namespace views built once per check run. */
final class Namespaces {

	private Namespaces() {
	}

	/**
	 * Top-level workloads by namespace, for the non-system namespaces only (sorted, so
	 * results come in a stable order).
	 */
	static Map<String, List<Workload>> workloadsByNamespace(Judge judge) {
		Map<String, List<Workload>> byNamespace = new TreeMap<>();
		for (Workload workload : judge.workloads().all()) {
			if (!workload.namespace().isEmpty() && !judge.config().isSystemNamespace(workload.namespace())) {
				byNamespace.computeIfAbsent(workload.namespace(), (ns) -> new java.util.ArrayList<>()).add(workload);
			}
		}
		return byNamespace;
	}

	static <T> Map<String, List<T>> index(List<T> items, java.util.function.Function<T, String> namespaceOf) {
		Map<String, List<T>> index = new HashMap<>();
		for (T item : items) {
			index.computeIfAbsent(namespaceOf.apply(item), (ns) -> new java.util.ArrayList<>()).add(item);
		}
		return index;
	}

	static ObjectRef ref(String namespace) {
		return new ObjectRef("Namespace", "", namespace);
	}

}
