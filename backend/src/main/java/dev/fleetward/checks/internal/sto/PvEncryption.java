package dev.fleetward.checks.internal.sto;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1StorageClass;

/**
 * Whether a volume's StorageClass declares encryption at rest. GCE PD and Azure disks and
 * files are always encrypted by the provider. AWS EBS is encrypted only with
 * {@code encrypted: "true"} or a KMS key in the class (account-wide default encryption is
 * not visible through the Kubernetes API, so the finding says so). For other provisioners
 * an {@code encrypted: "true"} parameter counts (Longhorn, Ceph CSI); without it the API
 * cannot tell, which is UNKNOWN, not PASS.
 */
public final class PvEncryption implements Check {

	private static final Set<String> ENCRYPTED_BY_PROVIDER = Set.of("pd.csi.storage.gke.io", "kubernetes.io/gce-pd",
			"disk.csi.azure.com", "kubernetes.io/azure-disk", "file.csi.azure.com", "kubernetes.io/azure-file");

	private static final Set<String> EBS = Set.of("ebs.csi.aws.com", "kubernetes.io/aws-ebs");

	@Override
	public String id() {
		return "sto-pv-encryption";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.PERSISTENT_VOLUMES, ResourceKind.STORAGE_CLASSES);
	}

	@Override
	public void evaluate(Judge judge) {
		for (V1PersistentVolume pv : judge.snapshot().list(ResourceKind.PERSISTENT_VOLUMES, V1PersistentVolume.class)) {
			ObjectRef ref = new ObjectRef("PersistentVolume", "", pv.getMetadata().getName());
			String what = "PersistentVolume " + ref.name();
			String className = (pv.getSpec() != null) ? pv.getSpec().getStorageClassName() : null;
			Optional<V1StorageClass> sc = (className == null || className.isEmpty()) ? Optional.empty()
					: judge.snapshot().find(ResourceKind.STORAGE_CLASSES, "", className, V1StorageClass.class);
			String provisioner = sc.map(V1StorageClass::getProvisioner).orElse(InTreePlugins.sourceOf(pv));
			Map<String, String> parameters = sc.map(V1StorageClass::getParameters).orElse(null);
			parameters = (parameters != null) ? parameters : Map.of();
			Map<String, String> evidence = Map.of("storageClass", String.valueOf(className), "provisioner",
					provisioner);
			if ("true".equalsIgnoreCase(parameters.get("encrypted")) || parameters.containsKey("kmsKeyId")
					|| parameters.containsKey("disk-encryption-kms-key")) {
				judge.pass(ref, "", what + " is encrypted: its StorageClass " + className + " declares it.", evidence);
			}
			else if (ENCRYPTED_BY_PROVIDER.contains(provisioner)) {
				judge.pass(ref, "", what + " is encrypted at rest by the provider (" + provisioner + ").", evidence);
			}
			else if (EBS.contains(provisioner) || "csi:ebs.csi.aws.com".equals(provisioner)
					|| "awsElasticBlockStore".equals(provisioner)) {
				judge.fail(ref, "", what + " is an EBS volume whose StorageClass does not set encrypted: \"true\""
						+ " (only an account-wide EBS default, invisible here, would encrypt it).", evidence);
			}
			else {
				judge.unknown(ref, "", what + " (" + provisioner
						+ "): whether it is encrypted at rest is not visible through the Kubernetes API.");
			}
		}
	}

}
