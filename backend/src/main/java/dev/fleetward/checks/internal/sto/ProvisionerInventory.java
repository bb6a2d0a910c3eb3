package dev.fleetward.checks.internal.sto;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1CSIDriver;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1StorageClass;

/**
 * Which storage the cluster uses (context, info), and volumes that still use an in-tree
 * plugin that upstream removed or replaced by CSI migration (medium): they only keep
 * working while the matching CSI driver serves them, and cannot be recreated as they are.
 */
public final class ProvisionerInventory implements Check {

	@Override
	public String id() {
		return "sto-provisioner-inventory";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.STORAGE_CLASSES, ResourceKind.CSI_DRIVERS, ResourceKind.PERSISTENT_VOLUMES);
	}

	@Override
	public void evaluate(Judge judge) {
		Set<String> provisioners = new TreeSet<>();
		judge.snapshot().list(ResourceKind.STORAGE_CLASSES, V1StorageClass.class).forEach((sc) -> {
			provisioners.add(sc.getProvisioner());
			InTreePlugins.ofProvisioner(sc.getProvisioner())
				.ifPresent((plugin) -> judge.fail(Severity.MEDIUM,
						new ObjectRef("StorageClass", "", sc.getMetadata().getName()), "",
						"StorageClass " + sc.getMetadata().getName() + " uses in-tree provisioner "
								+ sc.getProvisioner() + " (" + plugin + "); switch to its CSI driver.",
						Map.of("provisioner", sc.getProvisioner())));
		});
		Set<String> drivers = new TreeSet<>();
		judge.snapshot()
			.list(ResourceKind.CSI_DRIVERS, V1CSIDriver.class)
			.forEach((d) -> drivers.add(d.getMetadata().getName()));
		Set<String> sources = new TreeSet<>();
		for (V1PersistentVolume pv : judge.snapshot().list(ResourceKind.PERSISTENT_VOLUMES, V1PersistentVolume.class)) {
			String source = InTreePlugins.sourceOf(pv);
			sources.add(source);
			InTreePlugins.removed(source)
				.ifPresent((plugin) -> judge.fail(Severity.MEDIUM,
						new ObjectRef("PersistentVolume", "", pv.getMetadata().getName()), "",
						"PersistentVolume " + pv.getMetadata().getName() + " uses the in-tree " + source + " plugin ("
								+ plugin + ").",
						Map.of("source", source)));
		}
		Map<String, String> evidence = Map.of("provisioners", String.join(",", provisioners), "csiDrivers",
				String.join(",", drivers), "volumeSources", String.join(",", sources));
		if (provisioners.isEmpty() && drivers.isEmpty() && sources.isEmpty()) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No StorageClass, CSIDriver or PersistentVolume to inventory.");
		}
		else {
			judge.pass(ObjectRef.CLUSTER, "", "Storage: provisioners " + provisioners + ", CSI drivers " + drivers
					+ ", volume sources " + sources + ".", evidence);
		}
	}

}
