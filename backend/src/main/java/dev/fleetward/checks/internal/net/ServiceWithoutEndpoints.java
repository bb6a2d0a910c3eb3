package dev.fleetward.checks.internal.net;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.PodLabels;
import dev.fleetward.checks.internal.Workloads;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1EndpointSlice;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Service;

/**
 * A Service with a selector routes to the ready endpoints of its EndpointSlices
 * ({@code kubernetes.io/service-name}); a nil {@code conditions.ready} counts as ready,
 * as the discovery API defines. Services without a selector (endpoints managed by hand)
 * and ExternalName Services are skipped. A manifest Service (no creation time) is judged
 * by whether its selector matches any pod template.
 */
public final class ServiceWithoutEndpoints implements Check {

	@Override
	public String id() {
		return "net-service-without-endpoints";
	}

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.add(ResourceKind.SERVICES);
		needs.add(ResourceKind.ENDPOINT_SLICES);
		return needs;
	}

	@Override
	public void evaluate(Judge judge) {
		Map<String, int[]> endpoints = new HashMap<>();
		for (V1EndpointSlice slice : judge.snapshot().list(ResourceKind.ENDPOINT_SLICES, V1EndpointSlice.class)) {
			Map<String, String> labels = slice.getMetadata().getLabels();
			String service = (labels != null) ? labels.get("kubernetes.io/service-name") : null;
			if (service != null) {
				int[] counts = endpoints.computeIfAbsent(slice.getMetadata().getNamespace() + "/" + service,
						(k) -> new int[2]);
				for (var endpoint : (slice.getEndpoints() != null) ? slice.getEndpoints()
						: List.<io.kubernetes.client.openapi.models.V1Endpoint>of()) {
					counts[0]++;
					boolean ready = endpoint.getConditions() == null || endpoint.getConditions().getReady() == null
							|| endpoint.getConditions().getReady();
					counts[1] += ready ? 1 : 0;
				}
			}
		}
		PodLabels pods = null;
		for (V1Service service : judge.snapshot().list(ResourceKind.SERVICES, V1Service.class)) {
			var spec = service.getSpec();
			if (spec == null || "ExternalName".equals(spec.getType()) || spec.getSelector() == null
					|| spec.getSelector().isEmpty()) {
				continue;
			}
			String ns = service.getMetadata().getNamespace();
			ObjectRef ref = new ObjectRef("Service", ns, service.getMetadata().getName());
			String what = "Service " + ns + "/" + ref.name();
			int[] counts = endpoints.get(ns + "/" + ref.name());
			if (counts != null && counts[1] > 0) {
				judge.pass(ref, "", what + " has " + counts[1] + " ready endpoint(s).",
						Map.of("ready", String.valueOf(counts[1]), "endpoints", String.valueOf(counts[0])));
				continue;
			}
			pods = (pods != null) ? pods : judge.workloads().podLabels();
			boolean selects = pods.anyMatch(ns, new V1LabelSelector().matchLabels(spec.getSelector()));
			if (counts == null && service.getMetadata().getCreationTimestamp() == null && selects) {
				judge.pass(ref, "", what + " selects a pod template in its namespace.");
			}
			else if (!selects) {
				judge.fail(ref, "", what + " selects no pod: its selector " + spec.getSelector() + " matches nothing.",
						Map.of("endpoints", "0"));
			}
			else {
				judge.fail(ref, "", what + " has no ready endpoint: traffic to it fails.",
						Map.of("endpoints", String.valueOf((counts != null) ? counts[0] : 0), "ready", "0"));
			}
		}
	}

}
