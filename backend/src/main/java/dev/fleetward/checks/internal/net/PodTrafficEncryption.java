package dev.fleetward.checks.internal.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Node;

/**
 * Pod-to-pod traffic crosses the node network in clear text unless the CNI encrypts it
 * (Weave password, Calico or Cilium WireGuard/IPsec, a Flannel WireGuard/IPsec backend)
 * or a service mesh enforces mTLS. A CNI whose setting the API does not show is UNKNOWN.
 */
public final class PodTrafficEncryption implements Check {

	@Override
	public String id() {
		return "net-pod-traffic-encryption";
	}

	@Override
	public Set<ResourceKind> needs() {
		return CniDetection.NEEDS;
	}

	@Override
	public void evaluate(Judge judge) {
		CniDetection detection = CniDetection.of(judge.snapshot());
		String mesh = EncryptionSettings.meshMtls(judge.snapshot());
		if (mesh != null) {
			judge.pass(ObjectRef.CLUSTER, "", "Pod traffic is encrypted by service-mesh mTLS (" + mesh + ").",
					Map.of("mesh", mesh));
			return;
		}
		List<String> encrypted = new ArrayList<>();
		List<String> clear = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (Cni cni : detection.cnis()) {
			Boolean on = EncryptionSettings.encrypts(cni, detection, judge.snapshot());
			(on == null ? unknown : on ? encrypted : clear).add(cni.name());
		}
		Map<String, String> evidence = Map.of("encrypted", String.join(",", encrypted), "clearText",
				String.join(",", clear), "unknown", String.join(",", unknown));
		if (!encrypted.isEmpty()) {
			judge.pass(ObjectRef.CLUSTER, "", "Pod traffic is encrypted by " + encrypted + ".", evidence);
		}
		else if (!clear.isEmpty() && unknown.isEmpty()) {
			judge.fail(ObjectRef.CLUSTER, "", clear + " is not configured to encrypt pod traffic between nodes.",
					evidence);
		}
		else if (detection.cnis().isEmpty() && judge.snapshot().list(ResourceKind.NODES, V1Node.class).isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No nodes and no CNI objects in the snapshot.");
		}
		else {
			judge.unknown(ObjectRef.CLUSTER, "",
					"The encryption setting of " + (unknown.isEmpty() ? "the (unrecognised) CNI" : unknown.toString())
							+ " is not visible through the API.",
					evidence);
		}
	}

}
