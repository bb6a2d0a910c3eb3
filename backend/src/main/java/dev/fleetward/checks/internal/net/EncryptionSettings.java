package dev.fleetward.checks.internal.net;

import java.util.Map;
import java.util.Set;

import dev.fleetward.snapshot.GenericObject;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;

/**
 * Where each CNI keeps its encryption switch. Only key names and booleans are read:
 * {@code WEAVE_PASSWORD}'s value (usually a secretKeyRef) never is.
 */
final class EncryptionSettings {

	private static final Set<String> FLANNEL_ENCRYPTED = Set.of("wireguard", "ipsec", "extension-wireguard");

	private EncryptionSettings() {
	}

	/** true/false when the CNI's setting is visible, null otherwise. */
	static Boolean encrypts(Cni cni, CniDetection detection, Snapshot snapshot) {
		return switch (cni.name()) {
			case Cni.WEAVE -> weavePassword(cni);
			case Cni.CALICO, Cni.CANAL -> felixWireguard(snapshot);
			case Cni.CILIUM -> cilium(cni, snapshot);
			case Cni.FLANNEL, Cni.K3S ->
				detection.flannelBackend().isEmpty() ? null : FLANNEL_ENCRYPTED.contains(detection.flannelBackend());
			default -> null;
		};
	}

	private static Boolean weavePassword(Cni cni) {
		if (cni.daemonSet() == null) {
			return null;
		}
		for (V1Container c : CniSignatures.containers(cni.daemonSet())) {
			if (c.getEnv() != null && c.getEnv().stream().anyMatch((e) -> "WEAVE_PASSWORD".equals(e.getName()))) {
				return true;
			}
		}
		return false;
	}

	/** FelixConfiguration {@code spec.wireguardEnabled} (IPv4 or IPv6). */
	private static Boolean felixWireguard(Snapshot snapshot) {
		if (!snapshot.status(ResourceKind.FELIX_CONFIGURATIONS).isComplete()) {
			return null;
		}
		boolean any = false;
		for (GenericObject felix : snapshot.list(ResourceKind.FELIX_CONFIGURATIONS, GenericObject.class)) {
			any = true;
			if (felix.content().get("spec") instanceof Map<?, ?> spec
					&& (Boolean.TRUE.equals(spec.get("wireguardEnabled"))
							|| Boolean.TRUE.equals(spec.get("wireguardEnabledV6")))) {
				return true;
			}
		}
		return any ? false : null;
	}

	private static Boolean cilium(Cni cni, Snapshot snapshot) {
		String wireguard = CniEnforcement.ciliumSetting(cni.daemonSet(), snapshot, "enable-wireguard");
		String ipsec = CniEnforcement.ciliumSetting(cni.daemonSet(), snapshot, "enable-ipsec");
		if (wireguard == null && ipsec == null) {
			return null;
		}
		return "true".equals(wireguard) || "true".equals(ipsec);
	}

	/**
	 * Istio STRICT PeerAuthentication, or Linkerd (mTLS on by default for meshed pods).
	 */
	static String meshMtls(Snapshot snapshot) {
		if (snapshot.status(ResourceKind.PEER_AUTHENTICATIONS).isComplete()) {
			for (GenericObject pa : snapshot.list(ResourceKind.PEER_AUTHENTICATIONS, GenericObject.class)) {
				// Mesh-wide only in the root namespace without a selector; elsewhere it
				// covers one namespace.
				if ("istio-system".equals(pa.namespace()) && pa.content().get("spec") instanceof Map<?, ?> spec
						&& spec.get("selector") == null && spec.get("mtls") instanceof Map<?, ?> mtls
						&& "STRICT".equals(mtls.get("mode"))) {
					return "Istio PeerAuthentication " + pa.namespace() + "/" + pa.name() + " STRICT";
				}
			}
		}
		for (V1CustomResourceDefinition crd : snapshot.list(ResourceKind.CUSTOM_RESOURCE_DEFINITIONS,
				V1CustomResourceDefinition.class)) {
			if (crd.getMetadata().getName().endsWith(".linkerd.io")) {
				return "Linkerd";
			}
		}
		return null;
	}

}
