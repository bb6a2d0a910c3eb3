package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;

/**
 * {@code hostPID: true} shares the node's process namespace (hostPID), so it can see and
 * signal every process on the node.
 */
public final class PodHostPid extends WorkloadCheck {

	@Override
	public String id() {
		return "sec-pod-host-pid";
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		if (Boolean.TRUE.equals(workload.podSpec().getHostPID())) {
			judge.fail(workload.ref(), "", workload.describe()
					+ " shares the node's process namespace (hostPID), so it can see and signal every process on the node.",
					Map.of("hostPID", "true"));
		}
		else {
			judge.pass(workload.ref(), "", workload.describe() + " does not set hostPID.");
		}
	}

}
