package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;

/**
 * {@code hostIPC: true} shares the node's IPC namespace (hostIPC), so it can read other
 * processes' shared memory.
 */
public final class PodHostIpc extends WorkloadCheck {

	@Override
	public String id() {
		return "sec-pod-host-ipc";
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		if (Boolean.TRUE.equals(workload.podSpec().getHostIPC())) {
			judge.fail(workload.ref(), "", workload.describe()
					+ " shares the node's IPC namespace (hostIPC), so it can read other processes' shared memory.",
					Map.of("hostIPC", "true"));
		}
		else {
			judge.pass(workload.ref(), "", workload.describe() + " does not set hostIPC.");
		}
	}

}
