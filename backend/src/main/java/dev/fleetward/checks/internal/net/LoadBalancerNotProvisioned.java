package dev.fleetward.checks.internal.net;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Service;

/**
 * A LoadBalancer Service still without {@code status.loadBalancer.ingress} after the
 * grace period ({@code ChecksConfig.loadBalancerGrace}, measured against the snapshot
 * time) means no cloud controller or MetalLB serves it. A manifest (no creation time) was
 * never provisioned and is not judged.
 */
public final class LoadBalancerNotProvisioned implements Check {

	@Override
	public String id() {
		return "net-loadbalancer-not-provisioned";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.SERVICES);
	}

	@Override
	public void evaluate(Judge judge) {
		Duration grace = judge.config().loadBalancerGrace();
		for (V1Service service : judge.snapshot().list(ResourceKind.SERVICES, V1Service.class)) {
			if (service.getSpec() == null || !"LoadBalancer".equals(service.getSpec().getType())) {
				continue;
			}
			ObjectRef ref = new ObjectRef("Service", service.getMetadata().getNamespace(),
					service.getMetadata().getName());
			String what = "LoadBalancer Service " + ref.namespace() + "/" + ref.name();
			boolean provisioned = service.getStatus() != null && service.getStatus().getLoadBalancer() != null
					&& service.getStatus().getLoadBalancer().getIngress() != null
					&& !service.getStatus().getLoadBalancer().getIngress().isEmpty();
			OffsetDateTime created = service.getMetadata().getCreationTimestamp();
			if (provisioned) {
				judge.pass(ref, "", what + " has a load balancer address.");
			}
			else if (created == null) {
				judge.notApplicable(ref, "", what + " has no creation time: a manifest, not a running Service.");
			}
			else {
				Duration age = Duration.between(created.toInstant(), judge.snapshot().takenAt());
				if (age.compareTo(grace) < 0) {
					judge.notApplicable(ref, "", what + " was created " + age.toMinutes()
							+ " minutes ago; its load balancer may still be provisioning.");
				}
				else {
					judge.fail(ref, "",
							what + " has had no load balancer address for " + age.toMinutes()
									+ " minutes: no cloud controller or load-balancer implementation serves it.",
							Map.of("ageMinutes", String.valueOf(age.toMinutes())));
				}
			}
		}
	}

}
