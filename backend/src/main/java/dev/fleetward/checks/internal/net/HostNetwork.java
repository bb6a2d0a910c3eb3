package dev.fleetward.checks.internal.net;

import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;

/**
 * {@code hostNetwork: true} gives the pod the node's network stack instead of an IP of
 * its own: it can bind node ports, sniff node traffic and bypasses NetworkPolicies.
 * System DaemonSets (CNI, kube-proxy, exporters) are exempt through configuration.
 */
public final class HostNetwork extends WorkloadCheck {

	@Override
	public String id() {
		return "net-host-network";
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		if (Boolean.TRUE.equals(workload.podSpec().getHostNetwork())) {
			judge.fail(workload.ref(), "",
					workload.describe()
							+ " uses the node's network (hostNetwork: true) instead of a pod IP of its own.",
					Map.of("hostNetwork", "true"));
		}
		else {
			judge.pass(workload.ref(), "", workload.describe() + " has its own pod network.");
		}
	}

}
