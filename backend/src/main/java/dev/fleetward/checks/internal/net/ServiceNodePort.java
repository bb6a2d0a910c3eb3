package dev.fleetward.checks.internal.net;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Service;

/**
 * A NodePort Service opens a port on every node, bypassing the load balancer and exposing
 * node addresses. LoadBalancer Services also allocate node ports, but as the path for
 * their load balancer: they are not judged here.
 */
public final class ServiceNodePort implements Check {

	@Override
	public String id() {
		return "net-service-nodeport";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.SERVICES);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1Service service : judge.snapshot().list(ResourceKind.SERVICES, V1Service.class)) {
			String type = (service.getSpec() != null && service.getSpec().getType() != null)
					? service.getSpec().getType() : "ClusterIP";
			ObjectRef ref = new ObjectRef("Service", service.getMetadata().getNamespace(),
					service.getMetadata().getName());
			String what = "Service " + ref.namespace() + "/" + ref.name();
			if ("NodePort".equals(type)) {
				judge.fail(ref, "", what + " is of type NodePort: it opens a port on every node. Prefer a "
						+ "LoadBalancer or an Ingress.", Map.of("type", type));
			}
			else if (!"LoadBalancer".equals(type)) {
				judge.pass(ref, "", what + " is of type " + type + ".");
			}
		}
	}

}
