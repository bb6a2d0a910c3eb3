package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1OwnerReference;

/**
 * Signatures of external secret managers: their CRDs, how they inject into pods, and how
 * the Secrets they sync are marked (owner kinds, labels).
 */
final class SecretStores {

	static final Set<String> CRDS = Set.of("externalsecrets.external-secrets.io",
			"clustersecretstores.external-secrets.io", "secretproviderclasses.secrets-store.csi.x-k8s.io",
			"sealedsecrets.bitnami.com", "vaultstaticsecrets.secrets.hashicorp.com",
			"vaultdynamicsecrets.secrets.hashicorp.com", "onepassworditems.onepassword.com");

	/** Owner kinds of Secrets a store controller writes. */
	static final Set<String> OWNER_KINDS = Set.of("ExternalSecret", "PushSecret", "SealedSecret", "VaultStaticSecret",
			"VaultDynamicSecret", "VaultPKISecret", "OnePasswordItem", "SecretProviderClassPodStatus");

	private SecretStores() {
	}

	/** Vault agent injection or a Secrets Store CSI volume. */
	static boolean injects(Workload workload) {
		Map<String, String> annotations = (workload.podMetadata().getAnnotations() != null)
				? workload.podMetadata().getAnnotations() : Map.of();
		if ("true".equals(annotations.get("vault.hashicorp.com/agent-inject"))) {
			return true;
		}
		return workload.podSpec().getVolumes() != null && workload.podSpec()
			.getVolumes()
			.stream()
			.anyMatch((v) -> v.getCsi() != null && v.getCsi().getVolumeAttributes() != null
					&& v.getCsi().getVolumeAttributes().containsKey("secretProviderClass"));
	}

	/** A Secret written by a store controller. */
	static boolean synced(V1ObjectMeta meta) {
		List<V1OwnerReference> owners = (meta.getOwnerReferences() != null) ? meta.getOwnerReferences() : List.of();
		Map<String, String> labels = (meta.getLabels() != null) ? meta.getLabels() : Map.of();
		return owners.stream().anyMatch((o) -> OWNER_KINDS.contains(o.getKind()))
				|| labels.containsKey("reconcile.external-secrets.io/created-by")
				|| "true".equals(labels.get("secrets-store.csi.k8s.io/managed"))
				|| labels.containsKey("secrets.hashicorp.com/vso-ownerRefUID");
	}

}
