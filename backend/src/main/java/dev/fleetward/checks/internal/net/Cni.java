package dev.fleetward.checks.internal.net;

import io.kubernetes.client.openapi.models.V1DaemonSet;

/**
 * One CNI (or network-policy engine) detected in a cluster.
 *
 * @param name the CNI's name, e.g. {@code Calico}
 * @param version the image tag of its agent, empty when unknown
 * @param enforcesPolicy whether it enforces NetworkPolicies; null when that cannot be
 * told (e.g. only its CRDs remain)
 * @param source the evidence, e.g. {@code DaemonSet kube-system/canal}
 * @param daemonSet its agent DaemonSet, null when detected otherwise
 */
public record Cni(String name, String version, Boolean enforcesPolicy, String source, V1DaemonSet daemonSet) {

	public static final String FLANNEL = "Flannel";

	public static final String CANAL = "Canal";

	public static final String CALICO = "Calico";

	public static final String CILIUM = "Cilium";

	public static final String WEAVE = "Weave Net";

	public static final String K3S = "k3s built-in (Flannel + network policy controller)";

	public static final String AWS_VPC = "AWS VPC CNI";

	public String describe() {
		return this.name + (this.version.isEmpty() ? "" : " " + this.version);
	}

}
