package dev.fleetward.checks.internal.sto;

import java.util.Map;
import java.util.Optional;

import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeSpec;

/**
 * In-tree volume plugins and what upstream did with them (kubernetes.io volumes page and
 * CSI migration notes).
 */
final class InTreePlugins {

	private static final Map<String, String> BY_SOURCE = Map.ofEntries(Map.entry("glusterfs", "removed in 1.26"),
			Map.entry("cephfs", "removed in 1.31"), Map.entry("rbd", "removed in 1.31"),
			Map.entry("awsElasticBlockStore", "migrated to ebs.csi.aws.com, removed in 1.27"),
			Map.entry("gcePersistentDisk", "migrated to pd.csi.storage.gke.io, removed in 1.28"),
			Map.entry("azureDisk", "migrated to disk.csi.azure.com, removed in 1.27"),
			Map.entry("azureFile", "migrated to file.csi.azure.com, removed in 1.30"),
			Map.entry("cinder", "migrated to cinder.csi.openstack.org, removed in 1.26"),
			Map.entry("vsphereVolume", "migrated to csi.vsphere.vmware.com, removed in 1.30"),
			Map.entry("portworxVolume", "migrated to pxd.portworx.com"), Map.entry("flocker", "removed in 1.25"),
			Map.entry("quobyte", "removed in 1.25"), Map.entry("storageos", "removed in 1.25"),
			Map.entry("scaleIO", "removed in 1.22"), Map.entry("photonPersistentDisk", "removed in 1.26"));

	private static final Map<String, String> BY_PROVISIONER = Map.ofEntries(
			Map.entry("kubernetes.io/glusterfs", "glusterfs"), Map.entry("kubernetes.io/cephfs", "cephfs"),
			Map.entry("kubernetes.io/rbd", "rbd"), Map.entry("kubernetes.io/aws-ebs", "awsElasticBlockStore"),
			Map.entry("kubernetes.io/gce-pd", "gcePersistentDisk"), Map.entry("kubernetes.io/azure-disk", "azureDisk"),
			Map.entry("kubernetes.io/azure-file", "azureFile"), Map.entry("kubernetes.io/cinder", "cinder"),
			Map.entry("kubernetes.io/vsphere-volume", "vsphereVolume"),
			Map.entry("kubernetes.io/portworx-volume", "portworxVolume"), Map.entry("kubernetes.io/quobyte", "quobyte"),
			Map.entry("kubernetes.io/storageos", "storageos"), Map.entry("kubernetes.io/scaleio", "scaleIO"));

	private InTreePlugins() {
	}

	static Optional<String> removed(String source) {
		return Optional.ofNullable(BY_SOURCE.get(source));
	}

	static Optional<String> ofProvisioner(String provisioner) {
		String source = BY_PROVISIONER.get(provisioner);
		return (source != null) ? removed(source) : Optional.empty();
	}

	/** The PV's source: "csi:driver" or the in-tree field name. */
	static String sourceOf(V1PersistentVolume pv) {
		V1PersistentVolumeSpec s = (pv.getSpec() != null) ? pv.getSpec() : new V1PersistentVolumeSpec();
		if (s.getCsi() != null) {
			return "csi:" + s.getCsi().getDriver();
		}
		Object[][] fields = { { s.getNfs(), "nfs" }, { s.getHostPath(), "hostPath" }, { s.getLocal(), "local" },
				{ s.getGlusterfs(), "glusterfs" }, { s.getCephfs(), "cephfs" }, { s.getRbd(), "rbd" },
				{ s.getAwsElasticBlockStore(), "awsElasticBlockStore" },
				{ s.getGcePersistentDisk(), "gcePersistentDisk" }, { s.getAzureDisk(), "azureDisk" },
				{ s.getAzureFile(), "azureFile" }, { s.getCinder(), "cinder" },
				{ s.getVsphereVolume(), "vsphereVolume" }, { s.getPortworxVolume(), "portworxVolume" },
				{ s.getFlocker(), "flocker" }, { s.getQuobyte(), "quobyte" }, { s.getStorageos(), "storageos" },
				{ s.getScaleIO(), "scaleIO" }, { s.getPhotonPersistentDisk(), "photonPersistentDisk" },
				{ s.getIscsi(), "iscsi" }, { s.getFc(), "fc" }, { s.getFlexVolume(), "flexVolume" } };
		for (Object[] field : fields) {
			if (field[0] != null) {
				return (String) field[1];
			}
		}
		return "unknown";
	}

}
