package dev.fleetward.checks.internal.sto;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1LimitRange;
import io.kubernetes.client.openapi.models.V1LimitRangeItem;
import io.kubernetes.client.openapi.models.V1Volume;

/**
 * Without an ephemeral-storage limit a container's logs, writable layer and emptyDirs can
 * fill the node's disk and get other pods evicted. A limit alone is enough (the request
 * defaults to it), and so is a LimitRange default. The kubelet bounds emptyDirs by the
 * sum of the containers' limits, so an emptyDir without sizeLimit is only a finding when
 * some container has no limit.
 */
public final class EphemeralStorageLimits extends WorkloadCheck {

	static final String RESOURCE = "ephemeral-storage";

	@Override
	public String id() {
		return "sto-ephemeral-storage-limits";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.LIMIT_RANGES);
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		boolean defaulted = judge.snapshot()
			.inNamespace(ResourceKind.LIMIT_RANGES, workload.namespace(), V1LimitRange.class)
			.stream()
			.flatMap((lr) -> (lr.getSpec() != null) ? lr.getSpec().getLimits().stream()
					: java.util.stream.Stream.empty())
			.anyMatch(EphemeralStorageLimits::setsDefault);
		boolean allLimited = true;
		for (V1Container container : workload.allContainers()) {
			boolean limited = defaulted
					|| (container.getResources() != null && container.getResources().getLimits() != null
							&& container.getResources().getLimits().containsKey(RESOURCE));
			allLimited &= limited;
			String where = "container " + container.getName() + " of " + workload.describe();
			if (limited) {
				judge.pass(workload.ref(), container.getName(), where + " has an ephemeral-storage limit.");
			}
			else {
				judge.fail(workload.ref(), container.getName(),
						where + " sets no ephemeral-storage limit: it can fill the node's disk.",
						Map.of("container", container.getName()));
			}
		}
		if (allLimited) {
			return;
		}
		List<String> unbounded = Storage.volumes(workload.podSpec())
			.stream()
			.filter((v) -> v.getEmptyDir() != null && v.getEmptyDir().getSizeLimit() == null
					&& !"Memory".equals(v.getEmptyDir().getMedium()))
			.map(V1Volume::getName)
			.toList();
		for (String volume : unbounded) {
			judge.fail(workload.ref(), "volume:" + volume,
					"emptyDir " + volume + " of " + workload.describe()
							+ " has no sizeLimit and the pod's containers are not all limited.",
					Map.of("volume", volume));
		}
	}

	private static boolean setsDefault(V1LimitRangeItem item) {
		return "Container".equals(item.getType())
				&& ((item.getDefault() != null && item.getDefault().containsKey(RESOURCE))
						|| (item.getMax() != null && item.getMax().containsKey(RESOURCE)));
	}

}
