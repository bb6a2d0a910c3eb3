package dev.fleetward.checks.internal.sec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ResourceQuota;

/**
 * A quota used at or above the threshold (default 90%) of a hard limit will soon reject
 * new pods or objects, typically during a rollout that needs surge capacity. Reads the
 * quota's status; a limit of 0 (deliberately forbidding a resource) is not "near".
 */
public final class NamespaceQuotaNearLimit implements Check {

	@Override
	public String id() {
		return "sec-namespace-quota-near-limit";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.RESOURCE_QUOTAS);
	}

	@Override
	public void evaluate(Judge judge) {
		BigDecimal threshold = BigDecimal.valueOf(judge.config().thresholds().quotaNearLimitPercent());
		for (V1ResourceQuota quota : judge.snapshot().list(ResourceKind.RESOURCE_QUOTAS, V1ResourceQuota.class)) {
			ObjectRef ref = new ObjectRef("ResourceQuota", quota.getMetadata().getNamespace(),
					quota.getMetadata().getName());
			String what = "ResourceQuota " + ref.namespace() + "/" + ref.name();
			Map<String, Quantity> hard = (quota.getStatus() != null) ? quota.getStatus().getHard() : null;
			Map<String, Quantity> used = (quota.getStatus() != null) ? quota.getStatus().getUsed() : null;
			if (hard == null || used == null) {
				judge.notApplicable(ref, "", what + " has no usage status (a manifest).");
				continue;
			}
			List<String> near = new ArrayList<>();
			hard.forEach((resource, limit) -> {
				Quantity use = used.get(resource);
				if (use != null && limit.getNumber().signum() > 0
						&& use.getNumber()
							.multiply(BigDecimal.valueOf(100))
							.compareTo(limit.getNumber().multiply(threshold)) >= 0) {
					near.add(resource + "=" + use.toSuffixedString() + "/" + limit.toSuffixedString());
				}
			});
			if (near.isEmpty()) {
				judge.pass(ref, "", what + " is below " + threshold + "% on every resource.");
			}
			else {
				judge.fail(ref, "", what + " is at or above " + threshold + "% of its limit on " + near + ".",
						Map.of("resources", String.join(",", near)));
			}
		}
	}

}
