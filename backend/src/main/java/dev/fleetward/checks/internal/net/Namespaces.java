package dev.fleetward.checks.internal.net;

import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Namespace;

/**
 * The application namespaces of a snapshot: Namespace objects plus the namespaces
 * workloads live in (offline manifests rarely include their Namespace), minus system and
 * platform namespaces ({@code ChecksConfig}). Terminating namespaces are skipped.
 */
final class Namespaces {

	private Namespaces() {
	}

	static Set<String> application(Judge judge) {
		Set<String> names = new TreeSet<>();
		for (V1Namespace ns : judge.snapshot().list(ResourceKind.NAMESPACES, V1Namespace.class)) {
			boolean terminating = ns.getStatus() != null && "Terminating".equals(ns.getStatus().getPhase());
			if (!terminating) {
				names.add(ns.getMetadata().getName());
			}
		}
		for (Workload workload : judge.workloads().all()) {
			if (!workload.namespace().isEmpty()) {
				names.add(workload.namespace());
			}
		}
		names.removeIf(judge.config()::isPlatformNamespace);
		return names;
	}

}
