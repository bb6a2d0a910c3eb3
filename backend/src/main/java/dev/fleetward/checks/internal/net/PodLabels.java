package dev.fleetward.checks.internal.net;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Selectors;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Pod;

/**
 * The distinct label sets of the pods (and pod templates, for offline manifests) in each
 * namespace, built once per check run: replicas share their labels, so selector matching
 * is per distinct set, not per pod.
 */
final class PodLabels {

	private final Map<String, Set<Map<String, String>>> byNamespace = new HashMap<>();

	PodLabels(Judge judge) {
		for (V1Pod pod : judge.snapshot().list(ResourceKind.PODS, V1Pod.class)) {
			if (pod.getMetadata() != null && pod.getMetadata().getLabels() != null) {
				add(pod.getMetadata().getNamespace(), pod.getMetadata().getLabels());
			}
		}
		for (Workload workload : judge.workloads().all()) {
			add(workload.namespace(), workload.podLabels());
		}
	}

	private void add(String namespace, Map<String, String> labels) {
		this.byNamespace.computeIfAbsent((namespace != null) ? namespace : "", (n) -> new LinkedHashSet<>())
			.add(labels);
	}

	/** Whether the selector selects any pod of the namespace. */
	boolean anyMatch(String namespace, V1LabelSelector selector) {
		for (Map<String, String> labels : this.byNamespace.getOrDefault(namespace, Set.of())) {
			if (Selectors.matches(selector, labels)) {
				return true;
			}
		}
		return false;
	}

	Set<String> namespaces() {
		return this.byNamespace.keySet();
	}

}
