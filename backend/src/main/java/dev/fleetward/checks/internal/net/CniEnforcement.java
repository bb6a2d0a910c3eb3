package dev.fleetward.checks.internal.net;

import java.util.List;
import java.util.Map;

import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;

/** Whether a detected CNI agent enforces NetworkPolicy, from its own configuration. */
final class CniEnforcement {

	private CniEnforcement() {
	}

	static Boolean enforces(String cni, V1DaemonSet ds, Snapshot snapshot) {
		return switch (cni) {
			case Cni.FLANNEL -> false;
			case Cni.AWS_VPC -> awsNetworkPolicyAgent(ds);
			// weave-npc is the container that enforces policies; Weave without it only
			// routes.
			case Cni.WEAVE -> CniSignatures.containers(ds).stream().anyMatch((c) -> "weave-npc".equals(c.getName()));
			case Cni.CILIUM -> !"never".equals(ciliumSetting(ds, snapshot, "policy-enforcement-mode"));
			default -> true;
		};
	}

	/**
	 * VPC CNI 1.14+ ships the policy agent as a container ({@code aws-eks-nodeagent},
	 * image {@code aws-network-policy-agent}) that stays idle unless started with
	 * {@code --enable-network-policy=true}; some installs set
	 * {@code ENABLE_NETWORK_POLICY=true} instead. Either counts, nothing else does.
	 */
	static boolean awsNetworkPolicyAgent(V1DaemonSet ds) {
		for (V1Container c : CniSignatures.containers(ds)) {
			List<String> args = (c.getArgs() != null) ? c.getArgs() : List.of();
			if (args.contains("--enable-network-policy=true")) {
				return true;
			}
			if (c.getEnv() != null && c.getEnv()
				.stream()
				.anyMatch(
						(e) -> "ENABLE_NETWORK_POLICY".equals(e.getName()) && "true".equalsIgnoreCase(e.getValue()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A key of the {@code cilium-config} ConfigMap next to the agent; null when it is not
	 * readable or not set (ConfigMaps are read only where permitted).
	 */
	static String ciliumSetting(V1DaemonSet ds, Snapshot snapshot, String key) {
		if (ds == null || !snapshot.status(ResourceKind.CONFIG_MAPS).isComplete()) {
			return null;
		}
		return snapshot
			.find(ResourceKind.CONFIG_MAPS, ds.getMetadata().getNamespace(), "cilium-config", V1ConfigMap.class)
			.map(V1ConfigMap::getData)
			.map((Map<String, String> data) -> data.get(key))
			.orElse(null);
	}

}
