package dev.fleetward.checks.internal.ha;

import java.util.List;

import dev.fleetward.checks.internal.Check;

/**
 * The high-availability checks, in catalog order.
 */
public final class HighAvailabilityChecks {

	private HighAvailabilityChecks() {
	}

	public static List<Check> all() {
		return List.of(new WorkloadMinReplicas(), new HpaMinReplicas(), new HpaMaxReplicas(), new PdbPresent(),
				new PdbBlocksEviction(), new PdbVsHpa(), new WorkloadZoneSpreadPolicy(), new ReadinessProbe(),
				new LivenessProbe(), new ControlPlaneReplicas(), new EtcdQuorum(), new ControlPlaneZoneSpread(),
				new WorkerZoneSpread(), new NodeZoneLabelsMissing(), new ControlPlaneDedicated(),
				new WorkloadsOnControlPlane(), new WorkloadZoneSpreadActual(), new WorkloadPinnedSingleZone(),
				new DeprecatedFailureDomainLabels(), new NakedPods(), new WorkloadUnavailable(), new NodeNotReady());
	}

}
