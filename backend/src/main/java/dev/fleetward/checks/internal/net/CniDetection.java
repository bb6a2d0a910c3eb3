package dev.fleetward.checks.internal.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Nodes;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Node;

/**
 * Which CNI a cluster runs, from API objects only (CHECKS.md §5.4): agent DaemonSets,
 * then node annotations and CRDs for what no DaemonSet shows, then the k3s built-in and
 * GKE/AKS defaults. Shared by the CNI, NetworkPolicy-enforcement and encryption checks.
 */
public final class CniDetection {

	/** The kinds the detection reads (ConfigMaps only when readable, for Cilium). */
	public static final Set<ResourceKind> NEEDS = Set.of(ResourceKind.DAEMON_SETS,
			ResourceKind.CUSTOM_RESOURCE_DEFINITIONS, ResourceKind.NODES);

	private final Map<String, Cni> found = new LinkedHashMap<>();

	private CniDetection(Snapshot snapshot) {
		for (V1DaemonSet ds : snapshot.list(ResourceKind.DAEMON_SETS, V1DaemonSet.class)) {
			String cni = CniSignatures.cniOf(ds.getMetadata().getName());
			if (cni != null) {
				this.found.putIfAbsent(cni,
						new Cni(cni, CniSignatures.version(ds), CniEnforcement.enforces(cni, ds, snapshot),
								"DaemonSet " + ds.getMetadata().getNamespace() + "/" + ds.getMetadata().getName(), ds));
			}
		}
		List<V1Node> nodes = snapshot.list(ResourceKind.NODES, V1Node.class);
		NodeNetworking networking = NodeNetworking.of(nodes, snapshot.serverVersion().orElse(""));
		boolean canal = this.found.containsKey(Cni.CANAL);
		if (!canal && networking.calicoAnnotated()) {
			this.found.putIfAbsent(Cni.CALICO,
					new Cni(Cni.CALICO, "", true, "node annotation projectcalico.org/IPv4Address", null));
		}
		for (V1CustomResourceDefinition crd : snapshot.list(ResourceKind.CUSTOM_RESOURCE_DEFINITIONS,
				V1CustomResourceDefinition.class)) {
			String name = crd.getMetadata().getName();
			if (!canal && name.endsWith(".crd.projectcalico.org")) {
				this.found.putIfAbsent(Cni.CALICO, new Cni(Cni.CALICO, "", null, "CRD " + name, null));
			}
			else if (name.endsWith(".cilium.io")) {
				this.found.putIfAbsent(Cni.CILIUM, new Cni(Cni.CILIUM, "", null, "CRD " + name, null));
			}
		}
		if (networking.k3s() && !hasAgent()) {
			this.found.put(Cni.K3S, new Cni(Cni.K3S, networking.kubeletVersion(), !networking.k3sPolicyDisabled(),
					"k3s node version and annotations", null));
		}
		else if (!canal && networking.flannelAnnotated() && !networking.k3s()) {
			this.found.putIfAbsent(Cni.FLANNEL,
					new Cni(Cni.FLANNEL, "", false, "node annotations flannel.alpha.coreos.com/*", null));
		}
		String provider = networking.provider();
		if (("GKE".equals(provider) || "AKS".equals(provider)) && this.found.isEmpty() && !nodes.isEmpty()) {
			this.found.put(provider, new Cni(provider + " default networking", "", false,
					provider + " nodes without anetd, azure-npm, Calico or Cilium", null));
		}
		this.flannelBackend = networking.flannelBackend();
	}

	private final String flannelBackend;

	public static CniDetection of(Snapshot snapshot) {
		return new CniDetection(snapshot);
	}

	public List<Cni> cnis() {
		return new ArrayList<>(this.found.values());
	}

	public java.util.Optional<Cni> find(String name) {
		return java.util.Optional.ofNullable(this.found.get(name));
	}

	/** Flannel's backend from node annotations (vxlan, host-gw, wireguard…), or empty. */
	public String flannelBackend() {
		return this.flannelBackend;
	}

	private boolean hasAgent() {
		return this.found.values().stream().anyMatch((c) -> c.daemonSet() != null);
	}

}
