package dev.fleetward.checks.internal.sec;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1LimitRange;
import io.kubernetes.client.openapi.models.V1LimitRangeItem;

/**
 * Shared logic of the four resource checks: is a CPU or memory request or limit in effect
 * for each container? Kubernetes fills a missing request from the limit, and a LimitRange
 * in the namespace fills defaults at admission, so both count as set.
 */
abstract class ContainerResourceSet extends ContainerCheck {

	private final String resource;

	private final boolean limit;

	ContainerResourceSet(String resource, boolean limit) {
		this.resource = resource;
		this.limit = limit;
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.LIMIT_RANGES);
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		String what = this.resource + (this.limit ? " limit" : " request");
		Map<String, Quantity> limits = (container.getResources() != null) ? container.getResources().getLimits() : null;
		Map<String, Quantity> requests = (container.getResources() != null) ? container.getResources().getRequests()
				: null;
		boolean hasLimit = limits != null && limits.get(this.resource) != null;
		boolean hasRequest = requests != null && requests.get(this.resource) != null;
		if (this.limit ? hasLimit : (hasRequest || hasLimit)) {
			judge.pass(workload.ref(), container.getName(), where(workload, container) + " sets a " + what + ".");
			return;
		}
		String defaulted = limitRangeDefault(judge, workload.namespace());
		if (defaulted != null) {
			judge.pass(workload.ref(), container.getName(),
					where(workload, container) + " gets a default " + what + " from LimitRange " + defaulted + ".",
					Map.of("limitRange", defaulted));
			return;
		}
		judge.fail(workload.ref(), container.getName(),
				where(workload, container) + " has no " + what + " (resources." + (this.limit ? "limits." : "requests.")
						+ this.resource + ") and no LimitRange gives it a default.",
				Map.of("container", container.getName()));
	}

	private String limitRangeDefault(Judge judge, String namespace) {
		for (V1LimitRange range : judge.snapshot()
			.inNamespace(ResourceKind.LIMIT_RANGES, namespace, V1LimitRange.class)) {
			if (range.getSpec() == null || range.getSpec().getLimits() == null) {
				continue;
			}
			for (V1LimitRangeItem item : range.getSpec().getLimits()) {
				if (!"Container".equals(item.getType())) {
					continue;
				}
				boolean viaDefault = item.getDefault() != null && item.getDefault().get(this.resource) != null;
				boolean viaRequest = item.getDefaultRequest() != null
						&& item.getDefaultRequest().get(this.resource) != null;
				if (viaDefault || (!this.limit && viaRequest)) {
					return range.getMetadata().getName();
				}
			}
		}
		return null;
	}

}
