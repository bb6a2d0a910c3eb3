package dev.fleetward.checks.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Pod;

/**
 * The distinct label sets of the pods (and pod templates, for offline manifests) in each
 * namespace, built once per engine run ({@link Workloads#podLabels()}): replicas share
 * their labels, so selector matching is per distinct set, not per pod.
 */
public final class PodLabels {

	private final Map<String, Set<Map<String, String>>> byNamespace = new HashMap<>();

	PodLabels(Snapshot snapshot, List<Workload> workloads) {
		for (V1Pod pod : snapshot.list(ResourceKind.PODS, V1Pod.class)) {
			if (pod.getMetadata() != null && pod.getMetadata().getLabels() != null) {
				add(pod.getMetadata().getNamespace(), pod.getMetadata().getLabels());
			}
		}
		for (Workload workload : workloads) {
			add(workload.namespace(), workload.podLabels());
		}
	}

	private void add(String namespace, Map<String, String> labels) {
		this.byNamespace.computeIfAbsent((namespace != null) ? namespace : "", (n) -> new LinkedHashSet<>())
			.add(labels);
	}

	/** Whether the selector selects any pod of the namespace. */
	public boolean anyMatch(String namespace, V1LabelSelector selector) {
		for (Map<String, String> labels : this.byNamespace.getOrDefault(namespace, Set.of())) {
			if (Selectors.matches(selector, labels)) {
				return true;
			}
		}
		return false;
	}

	public Set<String> namespaces() {
		return Collections.unmodifiableSet(this.byNamespace.keySet());
	}

}
