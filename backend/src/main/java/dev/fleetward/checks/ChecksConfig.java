package dev.fleetward.checks;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Settings of the checks that are policy, not logic: which namespaces and DaemonSets are
 * part of the platform and exempt from workload checks that they legitimately fail.
 *
 * @param systemNamespaces namespaces of the platform itself
 * @param systemDaemonSetPrefixes name prefixes of known system DaemonSets (CNI,
 * kube-proxy, node exporters, CSI node plugins)
 * @param systemRbacPrefixes name prefixes of RBAC objects that Kubernetes or the provider
 * manages (reconciled at start-up, not the cluster owner's choice)
 * @param platformNamespaces namespaces of add-ons the platform runs (CNI, CSI, service
 * mesh) that may legitimately run on control-plane nodes and need no NetworkPolicy
 * @param loadBalancerGrace how long a LoadBalancer Service may wait for its address
 * before it counts as not provisioned
 * @param thresholds numbers and label keys of the storage and security checks
 */
public record ChecksConfig(Set<String> systemNamespaces, List<String> systemDaemonSetPrefixes,
		List<String> systemRbacPrefixes, Set<String> platformNamespaces, Duration loadBalancerGrace,
		CheckThresholds thresholds) {

	public static final Set<String> DEFAULT_SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease");

	public static final List<String> DEFAULT_SYSTEM_DAEMONSETS = List.of("kube-proxy", "kube-flannel", "calico-node",
			"canal", "cilium", "weave-net", "antrea-agent", "kube-router", "ovnkube-node", "aws-node", "anetd",
			"azure-npm", "node-exporter", "prometheus-node-exporter", "ebs-csi-node", "efs-csi-node", "csi-node",
			"pdcsi-node", "csi-azuredisk-node", "csi-azurefile-node", "nvidia-device-plugin");

	public static final List<String> DEFAULT_SYSTEM_RBAC_PREFIXES = List.of("system:", "gce:", "eks:");

	public static final Set<String> DEFAULT_PLATFORM_NAMESPACES = Set.of("kube-flannel", "calico-system",
			"calico-apiserver", "tigera-operator", "cilium", "cilium-secrets", "antrea-system",
			"openshift-ovn-kubernetes", "istio-system", "linkerd", "metallb-system", "longhorn-system", "rook-ceph",
			"openebs", "gke-managed-system", "gmp-system");

	public static final Duration DEFAULT_LOAD_BALANCER_GRACE = Duration.ofMinutes(10);

	public ChecksConfig {
		systemNamespaces = Set.copyOf(systemNamespaces);
		systemDaemonSetPrefixes = List.copyOf(systemDaemonSetPrefixes);
		systemRbacPrefixes = List.copyOf(systemRbacPrefixes);
		platformNamespaces = Set.copyOf(platformNamespaces);
		loadBalancerGrace = (loadBalancerGrace != null) ? loadBalancerGrace : DEFAULT_LOAD_BALANCER_GRACE;
		thresholds = (thresholds != null) ? thresholds : CheckThresholds.DEFAULTS;
	}

	/** Settings with the default platform namespaces, grace period and thresholds. */
	public ChecksConfig(Set<String> systemNamespaces, List<String> systemDaemonSetPrefixes,
			List<String> systemRbacPrefixes) {
		this(systemNamespaces, systemDaemonSetPrefixes, systemRbacPrefixes, DEFAULT_PLATFORM_NAMESPACES,
				DEFAULT_LOAD_BALANCER_GRACE, CheckThresholds.DEFAULTS);
	}

	public static ChecksConfig defaults() {
		return new ChecksConfig(DEFAULT_SYSTEM_NAMESPACES, DEFAULT_SYSTEM_DAEMONSETS, DEFAULT_SYSTEM_RBAC_PREFIXES);
	}

	/** An RBAC object managed by Kubernetes or the provider, by its name. */
	public boolean isSystemRbacName(String name) {
		return this.systemRbacPrefixes.stream().anyMatch(name::startsWith);
	}

	/**
	 * Defaults plus more system namespaces (e.g. {@code monitoring},
	 * {@code calico-system}).
	 */
	public ChecksConfig withSystemNamespaces(Set<String> more) {
		Set<String> all = new java.util.HashSet<>(this.systemNamespaces);
		all.addAll(more);
		return new ChecksConfig(all, this.systemDaemonSetPrefixes, this.systemRbacPrefixes, this.platformNamespaces,
				this.loadBalancerGrace, this.thresholds);
	}

	/** The same settings with other thresholds. */
	public ChecksConfig withThresholds(CheckThresholds other) {
		return new ChecksConfig(this.systemNamespaces, this.systemDaemonSetPrefixes, this.systemRbacPrefixes,
				this.platformNamespaces, this.loadBalancerGrace, other);
	}

	/** The same settings with another LoadBalancer provisioning grace period. */
	public ChecksConfig withLoadBalancerGrace(Duration grace) {
		return new ChecksConfig(this.systemNamespaces, this.systemDaemonSetPrefixes, this.systemRbacPrefixes,
				this.platformNamespaces, grace, this.thresholds);
	}

	public boolean isSystemNamespace(String namespace) {
		return this.systemNamespaces.contains(namespace);
	}

	/** A system namespace or one of a platform add-on (CNI, CSI, mesh). */
	public boolean isPlatformNamespace(String namespace) {
		return isSystemNamespace(namespace) || this.platformNamespaces.contains(namespace);
	}

	/**
	 * A DaemonSet of the platform (CNI, kube-proxy, exporters, CSI) in a system namespace
	 * or by name.
	 */
	public boolean isSystemDaemonSet(String namespace, String name) {
		for (String prefix : this.systemDaemonSetPrefixes) {
			if (name.equals(prefix) || name.startsWith(prefix + "-")) {
				return true;
			}
		}
		return false;
	}

}
