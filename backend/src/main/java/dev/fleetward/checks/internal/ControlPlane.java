package dev.fleetward.checks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Lease;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1Pod;

import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;

/**
 * What the API shows of a cluster's control plane (CHECKS.md §5): control-plane nodes by
 * their role labels, kube-apiserver and etcd mirror pods in kube-system, API-server
 * identity leases, and whether the control plane is managed by a provider (EKS, GKE, AKS)
 * and so invisible. Checks that use it need {@link #NEEDS}.
 */
public final class ControlPlane {

	/** The kinds this evidence is read from. */
	public static final java.util.Set<ResourceKind> NEEDS = java.util.Set.of(ResourceKind.NODES, ResourceKind.PODS,
			ResourceKind.LEASES);

	private static final List<String> ROLE_LABELS = List.of("node-role.kubernetes.io/control-plane",
			"node-role.kubernetes.io/master");

	private final Snapshot snapshot;

	private final List<V1Node> nodes;

	private final List<V1Node> controlPlaneNodes;

	private final List<V1Pod> systemPods;

	private ControlPlane(Snapshot snapshot) {
		this.snapshot = snapshot;
		this.nodes = snapshot.list(ResourceKind.NODES, V1Node.class);
		this.controlPlaneNodes = this.nodes.stream().filter(ControlPlane::isControlPlaneNode).toList();
		this.systemPods = snapshot.inNamespace(ResourceKind.PODS, "kube-system", V1Pod.class);
	}

	public static ControlPlane of(Snapshot snapshot) {
		return new ControlPlane(snapshot);
	}

	/** Role labels are deployer conventions, so several are accepted. */
	public static boolean isControlPlaneNode(V1Node node) {
		Map<String, String> labels = labels(node);
		for (String label : ROLE_LABELS) {
			if (labels.containsKey(label) && !"false".equals(labels.get(label))) {
				return true;
			}
		}
		return "master".equals(labels.get("kubernetes.io/role")) || "master".equals(labels.get("role"));
	}

	/**
	 * The node's zone label, falling back to the deprecated beta label; empty if none.
	 */
	public static String zoneOf(V1Node node) {
		Map<String, String> labels = labels(node);
		String zone = labels.get("topology.kubernetes.io/zone");
		if (zone == null || zone.isBlank()) {
			zone = labels.get("failure-domain.beta.kubernetes.io/zone");
		}
		return (zone != null) ? zone : "";
	}

	public List<V1Node> nodes() {
		return this.nodes;
	}

	public List<V1Node> controlPlaneNodes() {
		return this.controlPlaneNodes;
	}

	/** kube-apiserver static (mirror) pods: label {@code component=kube-apiserver}. */
	public List<V1Pod> apiServerPods() {
		return componentPods("kube-apiserver");
	}

	/** Stacked etcd static pods: label {@code component=etcd}. */
	public List<V1Pod> etcdPods() {
		return componentPods("etcd");
	}

	/** One identity lease per live kube-apiserver (APIServerIdentity, on since 1.26). */
	public List<V1Lease> apiServerLeases() {
		List<V1Lease> leases = new ArrayList<>();
		for (V1Lease lease : this.snapshot.inNamespace(ResourceKind.LEASES, "kube-system", V1Lease.class)) {
			Map<String, String> labels = (lease.getMetadata() != null && lease.getMetadata().getLabels() != null)
					? lease.getMetadata().getLabels() : Map.of();
			if ("kube-apiserver".equals(labels.get("apiserver.kubernetes.io/identity"))
					|| "kube-apiserver".equals(labels.get("k8s.io/component"))) {
				leases.add(lease);
			}
		}
		return leases;
	}

	/**
	 * The provider when the control plane is provider-managed: no control-plane nodes or
	 * API-server pods are visible, and the nodes or the server version say EKS, GKE or
	 * AKS.
	 */
	public Optional<String> managedProvider() {
		if (!this.controlPlaneNodes.isEmpty() || !apiServerPods().isEmpty()) {
			return Optional.empty();
		}
		String version = this.snapshot.serverVersion().orElse("").toLowerCase(Locale.ROOT);
		if (version.contains("-eks-")) {
			return Optional.of("EKS");
		}
		if (version.contains("-gke.")) {
			return Optional.of("GKE");
		}
		for (V1Node node : this.nodes) {
			String providerId = (node.getSpec() != null && node.getSpec().getProviderID() != null)
					? node.getSpec().getProviderID() : "";
			Map<String, String> labels = labels(node);
			String kubelet = (node.getStatus() != null && node.getStatus().getNodeInfo() != null
					&& node.getStatus().getNodeInfo().getKubeletVersion() != null)
							? node.getStatus().getNodeInfo().getKubeletVersion() : "";
			if (kubelet.contains("-eks-")) {
				return Optional.of("EKS");
			}
			if (kubelet.contains("-gke.")) {
				return Optional.of("GKE");
			}
			if (providerId.startsWith("aws://") || labels.containsKey("eks.amazonaws.com/nodegroup")) {
				return Optional.of("EKS");
			}
			if (providerId.startsWith("gce://") || labels.containsKey("cloud.google.com/gke-nodepool")) {
				return Optional.of("GKE");
			}
			if (providerId.startsWith("azure://") || labels.containsKey("kubernetes.azure.com/cluster")) {
				return Optional.of("AKS");
			}
		}
		return Optional.empty();
	}

	/**
	 * The kube-apiserver flags (container command and args) of the first visible
	 * API-server pod; empty when none is visible.
	 */
	public List<String> apiServerFlags() {
		for (V1Pod pod : apiServerPods()) {
			if (pod.getSpec() == null) {
				continue;
			}
			List<String> flags = new ArrayList<>();
			for (V1Container container : pod.getSpec().getContainers()) {
				if (container.getCommand() != null) {
					flags.addAll(container.getCommand());
				}
				if (container.getArgs() != null) {
					flags.addAll(container.getArgs());
				}
			}
			return flags;
		}
		return List.of();
	}

	/**
	 * One pod's flags (command and args of its containers), for checks that judge each
	 * API-server instance: replicas configured differently are a finding of their own.
	 */
	public static List<String> flagsOf(V1Pod pod) {
		List<String> flags = new ArrayList<>();
		if (pod.getSpec() == null) {
			return flags;
		}
		for (V1Container container : pod.getSpec().getContainers()) {
			if (container.getCommand() != null) {
				flags.addAll(container.getCommand());
			}
			if (container.getArgs() != null) {
				flags.addAll(container.getArgs());
			}
		}
		return flags;
	}

	/**
	 * A flag's value ({@code --name=value} or {@code --name value}); empty string for a
	 * flag without a value; absent when the flag is not given.
	 */
	public static Optional<String> flag(List<String> flags, String name) {
		String prefix = "--" + name;
		for (int i = 0; i < flags.size(); i++) {
			String flag = flags.get(i);
			if (flag.startsWith(prefix + "=")) {
				return Optional.of(flag.substring(prefix.length() + 1));
			}
			if (flag.equals(prefix)) {
				boolean hasValue = i + 1 < flags.size() && !flags.get(i + 1).startsWith("--");
				return Optional.of(hasValue ? flags.get(i + 1) : "");
			}
		}
		return Optional.empty();
	}

	/**
	 * The API-server count from the best evidence visible: identity leases (one per live
	 * kube-apiserver, whatever the node visibility), else kube-apiserver mirror pods,
	 * else control-plane nodes; 0 from "none".
	 */
	public Instances apiServerInstances() {
		int leases = apiServerLeases().size();
		if (leases > 0) {
			return new Instances(leases, "apiserver identity leases");
		}
		int pods = apiServerPods().size();
		if (pods > 0) {
			return new Instances(pods, "kube-apiserver mirror pods");
		}
		return new Instances(this.controlPlaneNodes.size(),
				this.controlPlaneNodes.isEmpty() ? "none" : "control-plane node role labels");
	}

	/**
	 * The nodes the control plane runs on: role-labelled nodes, else the nodes that host
	 * kube-apiserver or etcd mirror pods.
	 */
	public List<V1Node> hostNodes() {
		if (!this.controlPlaneNodes.isEmpty()) {
			return this.controlPlaneNodes;
		}
		java.util.Set<String> hosts = new java.util.HashSet<>();
		apiServerPods().forEach((p) -> hosts.add(p.getSpec() != null ? p.getSpec().getNodeName() : null));
		etcdPods().forEach((p) -> hosts.add(p.getSpec() != null ? p.getSpec().getNodeName() : null));
		return this.nodes.stream().filter((n) -> hosts.contains(n.getMetadata().getName())).toList();
	}

	/** Nodes with the etcd role label (RKE2, k3s with embedded etcd). */
	public List<V1Node> etcdRoleNodes() {
		return this.nodes.stream().filter((n) -> "true".equals(labels(n).get("node-role.kubernetes.io/etcd"))).toList();
	}

	/** The counts behind every control-plane verdict, for the evidence map. */
	public Map<String, String> evidence() {
		Map<String, String> evidence = new java.util.LinkedHashMap<>();
		evidence.put("controlPlaneNodes", String.valueOf(this.controlPlaneNodes.size()));
		evidence.put("apiServerPods", String.valueOf(apiServerPods().size()));
		evidence.put("apiServerLeases", String.valueOf(apiServerLeases().size()));
		return evidence;
	}

	/**
	 * An instance count and the evidence it was read from.
	 *
	 * @param count how many instances
	 * @param source what was counted
	 */
	public record Instances(int count, String source) {
	}

	private List<V1Pod> componentPods(String component) {
		List<V1Pod> pods = new ArrayList<>();
		for (V1Pod pod : this.systemPods) {
			Map<String, String> labels = (pod.getMetadata() != null && pod.getMetadata().getLabels() != null)
					? pod.getMetadata().getLabels() : Map.of();
			if (component.equals(labels.get("component"))) {
				pods.add(pod);
			}
		}
		return pods;
	}

	private static Map<String, String> labels(V1Node node) {
		return (node.getMetadata() != null && node.getMetadata().getLabels() != null) ? node.getMetadata().getLabels()
				: Map.of();
	}

}
