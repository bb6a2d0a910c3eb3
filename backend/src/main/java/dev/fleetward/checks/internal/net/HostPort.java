package dev.fleetward.checks.internal.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;

/**
 * A hostPort binds the pod to a port on its node: one such pod per node, scheduling
 * limits, and a path around Services and NetworkPolicies.
 */
public final class HostPort extends WorkloadCheck {

	@Override
	public String id() {
		return "net-host-port";
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		List<String> ports = new ArrayList<>();
		for (V1Container container : workload.allContainers()) {
			for (V1ContainerPort port : (container.getPorts() != null) ? container.getPorts()
					: List.<V1ContainerPort>of()) {
				if (port.getHostPort() != null && port.getHostPort() > 0) {
					ports.add(container.getName() + ":" + port.getHostPort());
				}
			}
		}
		if (ports.isEmpty()) {
			judge.pass(workload.ref(), "", workload.describe() + " binds no host port.");
		}
		else {
			judge.fail(workload.ref(), "", workload.describe() + " binds host ports " + ports + ".",
					Map.of("hostPorts", String.join(",", ports)));
		}
	}

}
