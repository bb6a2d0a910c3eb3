package dev.fleetward.checks.internal.net;

import java.util.List;
import java.util.Map;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;

/**
 * CHECKS.md §5.4: agent DaemonSets by exact name (exact, so that e.g.
 * {@code aws-node-termination-handler} is not taken for the VPC CNI), with whether the
 * CNI enforces NetworkPolicy by default. {@code rke2-*} are RKE2's packaged names.
 */
final class CniSignatures {

	/** DaemonSet name → CNI name. */
	static final Map<String, String> DAEMON_SETS = Map.ofEntries(Map.entry("kube-flannel-ds", Cni.FLANNEL),
			Map.entry("kube-flannel", Cni.FLANNEL), Map.entry("flannel", Cni.FLANNEL),
			Map.entry("rke2-flannel", Cni.FLANNEL), Map.entry("canal", Cni.CANAL), Map.entry("rke2-canal", Cni.CANAL),
			Map.entry("calico-node", Cni.CALICO), Map.entry("cilium", Cni.CILIUM), Map.entry("weave-net", Cni.WEAVE),
			Map.entry("antrea-agent", "Antrea"), Map.entry("kube-router", "kube-router"),
			Map.entry("ovnkube-node", "OVN-Kubernetes"), Map.entry("aws-node", Cni.AWS_VPC),
			Map.entry("anetd", "GKE Dataplane V2"), Map.entry("azure-npm", "Azure Network Policy Manager"));

	/** CNIs that only route: Flannel alone and the AWS VPC CNI without its agent. */
	static final List<String> NOT_ENFORCING = List.of(Cni.FLANNEL, Cni.AWS_VPC);

	private CniSignatures() {
	}

	/** The CNI a DaemonSet name belongs to, or null; old Flannel used per-arch names. */
	static String cniOf(String daemonSetName) {
		String cni = DAEMON_SETS.get(daemonSetName);
		if (cni == null && daemonSetName.startsWith("kube-flannel-ds-")) {
			cni = Cni.FLANNEL;
		}
		return cni;
	}

	/** The tag of the agent's first container image, without a digest. */
	static String version(V1DaemonSet ds) {
		List<V1Container> containers = (ds.getSpec() != null && ds.getSpec().getTemplate().getSpec() != null)
				? ds.getSpec().getTemplate().getSpec().getContainers() : List.of();
		if (containers.isEmpty() || containers.get(0).getImage() == null) {
			return "";
		}
		String image = containers.get(0).getImage();
		int digest = image.indexOf('@');
		image = (digest >= 0) ? image.substring(0, digest) : image;
		int colon = image.lastIndexOf(':');
		return (colon > image.lastIndexOf('/')) ? image.substring(colon + 1) : "";
	}

	static List<V1Container> containers(V1DaemonSet ds) {
		return (ds.getSpec() != null && ds.getSpec().getTemplate().getSpec() != null)
				? ds.getSpec().getTemplate().getSpec().getContainers() : List.of();
	}

}
