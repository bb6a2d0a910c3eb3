package dev.fleetward.checks.internal.sto;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1CSIDriver;
import io.kubernetes.client.openapi.models.V1StorageClass;

/**
 * Dynamic provisioning needs a StorageClass with a real provisioner;
 * {@code kubernetes.io/no-provisioner} only describes pre-created local volumes.
 */
public final class DynamicProvisioningAvailable implements Check {

	static final String NO_PROVISIONER = "kubernetes.io/no-provisioner";

	@Override
	public String id() {
		return "sto-dynamic-provisioning-available";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.STORAGE_CLASSES, ResourceKind.CSI_DRIVERS);
	}

	@Override
	public void evaluate(Judge judge) {
		if (Storage.noClusterInInput(judge.snapshot())) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No Nodes and no StorageClasses in the input: not a cluster.");
			return;
		}
		List<String> provisioners = judge.snapshot()
			.list(ResourceKind.STORAGE_CLASSES, V1StorageClass.class)
			.stream()
			.map(V1StorageClass::getProvisioner)
			.filter((p) -> p != null && !p.isBlank() && !NO_PROVISIONER.equals(p))
			.distinct()
			.sorted()
			.toList();
		List<String> drivers = judge.snapshot()
			.list(ResourceKind.CSI_DRIVERS, V1CSIDriver.class)
			.stream()
			.map((d) -> d.getMetadata().getName())
			.sorted()
			.toList();
		Map<String, String> evidence = Map.of("provisioners", String.join(",", provisioners), "csiDrivers",
				String.join(",", drivers));
		if (provisioners.isEmpty()) {
			judge.fail(ObjectRef.CLUSTER, "", "No StorageClass has a dynamic provisioner"
					+ (drivers.isEmpty() ? "" : " (CSI drivers " + drivers + " are installed but no class uses them)")
					+ ": every PersistentVolume must be created by hand.", evidence);
		}
		else {
			judge.pass(ObjectRef.CLUSTER, "", "Volumes are provisioned dynamically by " + provisioners + ".", evidence);
		}
	}

}
