package dev.fleetward.checks.internal.sto;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1StorageClass;

/**
 * With {@code volumeBindingMode: Immediate} (the default) a zonal disk is created before
 * the scheduler has picked a node, in whatever zone the provisioner chooses; in a
 * multi-zone cluster the pod may then fit no node of that zone. A class restricted to one
 * zone by {@code allowedTopologies} cannot go wrong that way.
 */
public final class ZonalBindingMode implements Check {

	static final Set<String> ZONAL = Set.of("ebs.csi.aws.com", "kubernetes.io/aws-ebs", "pd.csi.storage.gke.io",
			"kubernetes.io/gce-pd", "disk.csi.azure.com", "kubernetes.io/azure-disk", "cinder.csi.openstack.org",
			"kubernetes.io/cinder", "csi.vsphere.vmware.com", "diskplugin.csi.alibabacloud.com",
			"dobs.csi.digitalocean.com", "linodebs.csi.linode.com", "csi.hetzner.cloud",
			"blockstorage.csi.oraclecloud.com", "vpc.block.csi.ibm.io");

	@Override
	public String id() {
		return "sto-zonal-binding-mode";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.STORAGE_CLASSES, ResourceKind.NODES);
	}

	@Override
	public void evaluate(Judge judge) {
		Set<String> zones = new TreeSet<>();
		boolean unlabelled = false;
		for (V1Node node : judge.snapshot().list(ResourceKind.NODES, V1Node.class)) {
			String zone = ControlPlane.zoneOf(node);
			unlabelled |= zone.isEmpty();
			if (!zone.isEmpty()) {
				zones.add(zone);
			}
		}
		boolean noNodes = judge.snapshot().list(ResourceKind.NODES, V1Node.class).isEmpty();
		for (V1StorageClass sc : judge.snapshot().list(ResourceKind.STORAGE_CLASSES, V1StorageClass.class)) {
			ObjectRef ref = new ObjectRef("StorageClass", "", sc.getMetadata().getName());
			String what = "StorageClass " + ref.name();
			String mode = (sc.getVolumeBindingMode() != null) ? sc.getVolumeBindingMode() : "Immediate";
			Map<String, String> evidence = Map.of("provisioner", String.valueOf(sc.getProvisioner()),
					"volumeBindingMode", mode, "zones", String.join(",", zones));
			boolean pinned = sc.getAllowedTopologies() != null && !sc.getAllowedTopologies().isEmpty();
			if (!"Immediate".equals(mode) || !ZONAL.contains(sc.getProvisioner()) || pinned) {
				judge.pass(ref, "", what + " binds " + mode + (pinned ? " within allowedTopologies" : "")
						+ " with provisioner " + sc.getProvisioner() + ": no zone mismatch.", evidence);
			}
			else if (noNodes) {
				judge.notApplicable(ref, "", what + ": no Nodes in the input, so the cluster's zones are unknown.");
			}
			else if (zones.size() > 1) {
				judge.fail(ref, "",
						what + " creates zonal volumes (" + sc.getProvisioner()
								+ ") with volumeBindingMode Immediate in a cluster spanning zones " + zones
								+ ": use WaitForFirstConsumer.",
						evidence);
			}
			else if (unlabelled) {
				judge.unknown(ref, "", what + " binds zonal volumes Immediately, and Nodes carry no zone label: "
						+ "whether the cluster spans zones is unknown.");
			}
			else {
				judge.pass(ref, "", what + " binds Immediately, but the cluster has a single zone " + zones + ".",
						evidence);
			}
		}
	}

}
