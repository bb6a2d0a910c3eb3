package dev.fleetward.checks.internal.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressBackend;
import io.kubernetes.client.openapi.models.V1IngressServiceBackend;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;

/**
 * An Ingress backend must name a Service in the Ingress's namespace and one of its ports
 * (by {@code port} number or port {@code name}); otherwise the controller answers 503.
 * Resource backends (custom objects) are not judged.
 */
public final class IngressBackendMissing implements Check {

	@Override
	public String id() {
		return "net-ingress-backend-missing";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.INGRESSES, ResourceKind.SERVICES);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1Ingress ingress : judge.snapshot().list(ResourceKind.INGRESSES, V1Ingress.class)) {
			String ns = ingress.getMetadata().getNamespace();
			ObjectRef ref = new ObjectRef("Ingress", ns, ingress.getMetadata().getName());
			List<V1IngressServiceBackend> backends = new ArrayList<>();
			var spec = ingress.getSpec();
			if (spec != null) {
				add(spec.getDefaultBackend(), backends);
				if (spec.getRules() != null) {
					spec.getRules()
						.stream()
						.filter((r) -> r.getHttp() != null)
						.forEach((r) -> r.getHttp().getPaths().forEach((p) -> add(p.getBackend(), backends)));
				}
			}
			if (backends.isEmpty()) {
				judge.notApplicable(ref, "", "Ingress " + ref.name() + " has no Service backend.");
				continue;
			}
			List<String> missing = new ArrayList<>();
			for (V1IngressServiceBackend backend : backends) {
				String problem = problem(backend,
						judge.snapshot()
							.find(ResourceKind.SERVICES, ns, backend.getName(), V1Service.class)
							.orElse(null));
				if (problem != null && !missing.contains(problem)) {
					missing.add(problem);
				}
			}
			if (missing.isEmpty()) {
				judge.pass(ref, "", "Every backend of Ingress " + ref.name() + " names an existing Service port.");
			}
			else {
				judge.fail(ref, "",
						"Ingress " + ns + "/" + ref.name() + " routes to missing backends: " + missing + ".",
						Map.of("missing", String.join(",", missing)));
			}
		}
	}

	private static void add(V1IngressBackend backend, List<V1IngressServiceBackend> backends) {
		if (backend != null && backend.getService() != null) {
			backends.add(backend.getService());
		}
	}

	private static String problem(V1IngressServiceBackend backend, V1Service service) {
		if (service == null) {
			return "service " + backend.getName();
		}
		var port = backend.getPort();
		if (port == null) {
			return null;
		}
		List<V1ServicePort> ports = (service.getSpec() != null && service.getSpec().getPorts() != null)
				? service.getSpec().getPorts() : List.of();
		boolean found = ports.stream()
			.anyMatch((p) -> (port.getNumber() != null && port.getNumber().equals(p.getPort()))
					|| (port.getName() != null && port.getName().equals(p.getName())));
		return found ? null : "port " + ((port.getNumber() != null) ? port.getNumber() : port.getName())
				+ " of service " + backend.getName();
	}

}
