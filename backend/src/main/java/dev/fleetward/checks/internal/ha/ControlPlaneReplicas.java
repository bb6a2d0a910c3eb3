package dev.fleetward.checks.internal.ha;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;

/**
 * A single API server is a single point of failure for the whole cluster; two survive one
 * loss but (with stacked etcd) not its quorum. Counted from the best evidence the API
 * shows (identity leases, mirror pods, role labels), which the evidence names.
 */
public final class ControlPlaneReplicas implements Check {

	@Override
	public String id() {
		return "ha-control-plane-replicas";
	}

	@Override
	public Set<ResourceKind> needs() {
		return ControlPlane.NEEDS;
	}

	@Override
	public void evaluate(Judge judge) {
		ControlPlane controlPlane = ControlPlane.of(judge.snapshot());
		if (ControlPlaneScope.settled(judge, controlPlane, false)) {
			return;
		}
		ControlPlane.Instances instances = controlPlane.apiServerInstances();
		if (instances.count() == 0) {
			ControlPlaneScope.noControlPlaneVisible(judge, controlPlane);
			return;
		}
		Map<String, String> evidence = new java.util.LinkedHashMap<>(controlPlane.evidence());
		evidence.put("instances", String.valueOf(instances.count()));
		evidence.put("countedFrom", instances.source());
		if (instances.count() == 1) {
			judge.fail(Severity.CRITICAL, ObjectRef.CLUSTER, "", "Only one API-server instance (from "
					+ instances.source() + "): losing it stops every change to the cluster.", evidence);
		}
		else if (instances.count() == 2) {
			judge.fail(Severity.MEDIUM, ObjectRef.CLUSTER, "",
					"Two API-server instances (from " + instances.source()
							+ "): production control planes run three, so one can fail while another is upgraded.",
					evidence);
		}
		else {
			judge.pass(ObjectRef.CLUSTER, "",
					instances.count() + " API-server instances (from " + instances.source() + ").", evidence);
		}
	}

}
