package dev.fleetward.checks.internal.ha;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;

/**
 * etcd needs a majority of its members: one member has no tolerance, and an even count
 * tolerates no more failures than the odd count below it. Members are counted from
 * stacked etcd mirror pods, else the non-loopback URLs of {@code --etcd-servers}
 * (external etcd), else etcd role labels (RKE2, k3s embedded etcd).
 */
public final class EtcdQuorum implements Check {

	@Override
	public String id() {
		return "ha-etcd-quorum";
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
		int members = controlPlane.etcdPods().size();
		String source = "etcd mirror pods";
		if (members == 0) {
			members = externalMembers(controlPlane.apiServerFlags());
			source = "kube-apiserver --etcd-servers";
		}
		if (members == 0) {
			members = controlPlane.etcdRoleNodes().size();
			source = "etcd node role labels";
		}
		Map<String, String> evidence = new java.util.LinkedHashMap<>(controlPlane.evidence());
		if (members == 0) {
			judge.unknown(ObjectRef.CLUSTER, "", "The etcd members are not visible: no etcd mirror pods, external "
					+ "--etcd-servers or etcd role labels (k3s may use an SQL datastore instead).", evidence);
			return;
		}
		evidence.put("members", String.valueOf(members));
		evidence.put("countedFrom", source);
		if (members == 1) {
			judge.fail(Severity.CRITICAL, ObjectRef.CLUSTER, "",
					"One etcd member (from " + source + "): losing it loses the cluster state.", evidence);
		}
		else if (members % 2 == 0) {
			judge.fail(Severity.HIGH, ObjectRef.CLUSTER, "", members + " etcd members (from " + source
					+ "): an even count tolerates no more failures than " + (members - 1) + ".", evidence);
		}
		else {
			judge.pass(ObjectRef.CLUSTER, "", members + " etcd members (from " + source + "): quorum survives "
					+ (members - 1) / 2 + " failure(s).", evidence);
		}
	}

	/** Non-loopback URLs: a loopback URL is a stacked member whose pod we cannot see. */
	static int externalMembers(List<String> flags) {
		String servers = ControlPlane.flag(flags, "etcd-servers").orElse("");
		List<String> external = new ArrayList<>();
		for (String url : servers.split(",")) {
			String u = url.trim();
			if (!u.isEmpty() && !u.contains("://127.") && !u.contains("://localhost") && !u.contains("://[::1]")) {
				external.add(u);
			}
		}
		return external.size();
	}

}
