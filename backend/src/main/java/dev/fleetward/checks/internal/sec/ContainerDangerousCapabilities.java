package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;

/**
 * Adding ALL, SYS_ADMIN or NET_ADMIN gives a container near-root power over the node or
 * its network.
 */
public final class ContainerDangerousCapabilities extends ContainerCheck {

	static final Set<String> DANGEROUS = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN");

	@Override
	public String id() {
		return "sec-container-dangerous-capabilities";
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		List<String> dangerous = SecurityContexts.added(container).stream().filter(DANGEROUS::contains).toList();
		if (dangerous.isEmpty()) {
			judge.pass(workload.ref(), container.getName(),
					where(workload, container) + " adds no dangerous capability.");
		}
		else {
			judge.fail(workload.ref(), container.getName(),
					where(workload, container) + " adds dangerous capabilities " + dangerous + ".",
					Map.of("added", String.join(",", dangerous)));
		}
	}

}
