package dev.fleetward.checks.internal.net;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Ingress;

/** An Ingress without a {@code tls} section serves its hosts over plain HTTP. */
public final class IngressTls implements Check {

	@Override
	public String id() {
		return "net-ingress-tls";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.INGRESSES);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1Ingress ingress : judge.snapshot().list(ResourceKind.INGRESSES, V1Ingress.class)) {
			ObjectRef ref = new ObjectRef("Ingress", ingress.getMetadata().getNamespace(),
					ingress.getMetadata().getName());
			String what = "Ingress " + (ref.namespace().isEmpty() ? "" : ref.namespace() + "/") + ref.name();
			if (ingress.getSpec() != null && ingress.getSpec().getTls() != null
					&& !ingress.getSpec().getTls().isEmpty()) {
				judge.pass(ref, "", what + " terminates TLS.",
						Map.of("tlsEntries", String.valueOf(ingress.getSpec().getTls().size())));
			}
			else {
				judge.fail(ref, "", what + " has no tls section: its hosts are served over plain HTTP.", Map.of());
			}
		}
	}

}
