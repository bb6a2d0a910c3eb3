package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;

/**
 * {@code kubectl debug node/<name>} leaves a bare pod {@code node-debugger-<node>-<id>}
 * in the host's namespaces with the node's root filesystem mounted: evidence of
 * interactive node access, and a root shell on the node while it runs. A bare pod with
 * host PID or network plus a hostPath of {@code /} is the same thing made by hand. Only
 * bare pods are judged; controllers of node agents are other checks' business.
 */
public final class NodeDebugPods extends WorkloadCheck {

	@Override
	public String id() {
		return "sec-node-debug-pods";
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return "Pod".equals(workload.kind());
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		V1PodSpec spec = workload.podSpec();
		boolean hostRoot = spec.getVolumes() != null && spec.getVolumes()
			.stream()
			.anyMatch((v) -> v.getHostPath() != null && "/".equals(v.getHostPath().getPath()));
		boolean hostNamespaces = Boolean.TRUE.equals(spec.getHostPID()) || Boolean.TRUE.equals(spec.getHostNetwork());
		boolean named = workload.name().startsWith("node-debugger-");
		if (named || (hostRoot && hostNamespaces)) {
			String phase = judge.snapshot()
				.find(ResourceKind.PODS, workload.namespace(), workload.name(), V1Pod.class)
				.map((p) -> (p.getStatus() != null) ? p.getStatus().getPhase() : null)
				.orElse(null);
			judge.fail(workload.ref(), "", workload.describe() + " is a node debug pod"
					+ ((spec.getNodeName() != null) ? " on node " + spec.getNodeName() : "")
					+ (named ? " (created by kubectl debug node)" : " (host namespaces and the node's / mounted)")
					+ ": someone used interactive node access; delete it when done.",
					Map.of("node", String.valueOf(spec.getNodeName()), "phase", String.valueOf(phase)));
		}
		else {
			judge.pass(workload.ref(), "", workload.describe() + " is not a node debug pod.");
		}
	}

}
