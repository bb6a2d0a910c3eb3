package dev.fleetward.checks.internal.net;

import java.util.List;
import java.util.Map;

import dev.fleetward.checks.internal.Nodes;
import io.kubernetes.client.openapi.models.V1Node;

/**
 * What the nodes say about pod networking: CNI annotations, the k3s distribution
 * ({@code +k3s} in the kubelet or server version, {@code k3s.io/node-args}) and the cloud
 * provider.
 *
 * @param calicoAnnotated a node has {@code projectcalico.org/IPv4Address}
 * @param flannelAnnotated a node has {@code flannel.alpha.coreos.com/*} annotations
 * @param flannelBackend Flannel's backend type, empty when unknown
 * @param k3s the cluster is k3s
 * @param k3sPolicyDisabled a k3s server runs with {@code --disable-network-policy}
 * @param kubeletVersion the first node's kubelet version
 * @param provider EKS, GKE or AKS by providerID or pool labels; empty otherwise
 */
record NodeNetworking(boolean calicoAnnotated, boolean flannelAnnotated, String flannelBackend, boolean k3s,
		boolean k3sPolicyDisabled, String kubeletVersion, String provider) {

	static NodeNetworking of(List<V1Node> nodes, String serverVersion) {
		boolean calico = false;
		boolean flannel = false;
		String backend = "";
		boolean k3s = serverVersion.contains("+k3s");
		boolean policyDisabled = false;
		String kubelet = "";
		String provider = "";
		for (V1Node node : nodes) {
			Map<String, String> annotations = (node.getMetadata().getAnnotations() != null)
					? node.getMetadata().getAnnotations() : Map.of();
			calico |= annotations.containsKey("projectcalico.org/IPv4Address");
			for (String key : annotations.keySet()) {
				flannel |= key.startsWith("flannel.alpha.coreos.com/");
			}
			backend = annotations.getOrDefault("flannel.alpha.coreos.com/backend-type", backend);
			String args = annotations.getOrDefault("k3s.io/node-args", "");
			policyDisabled |= args.contains("--disable-network-policy");
			String version = (node.getStatus() != null && node.getStatus().getNodeInfo() != null
					&& node.getStatus().getNodeInfo().getKubeletVersion() != null)
							? node.getStatus().getNodeInfo().getKubeletVersion() : "";
			kubelet = kubelet.isEmpty() ? version : kubelet;
			k3s |= version.contains("+k3s") || annotations.containsKey("k3s.io/node-args");
			provider = provider.isEmpty() ? providerOf(node) : provider;
		}
		return new NodeNetworking(calico, flannel, backend, k3s, policyDisabled, kubelet, provider);
	}

	private static String providerOf(V1Node node) {
		String id = (node.getSpec() != null && node.getSpec().getProviderID() != null) ? node.getSpec().getProviderID()
				: "";
		Map<String, String> labels = Nodes.labels(node);
		if (id.startsWith("aws://") || labels.containsKey("eks.amazonaws.com/nodegroup")) {
			return "EKS";
		}
		if (id.startsWith("gce://") || labels.containsKey("cloud.google.com/gke-nodepool")) {
			return "GKE";
		}
		if (id.startsWith("azure://") || labels.containsKey("kubernetes.azure.com/cluster")) {
			return "AKS";
		}
		return "";
	}

}
