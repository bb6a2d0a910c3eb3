package dev.fleetward.checks.internal.sto;

import java.util.List;

import dev.fleetward.checks.internal.Check;

/**
 * The storage checks, in catalog order.
 */
public final class StorageChecks {

	private StorageChecks() {
	}

	public static List<Check> all() {
		return List.of(new HostPathVolume(), new DefaultStorageClass(), new DynamicProvisioningAvailable(),
				new PvcPending(), new PvcLost(), new PvLost(), new PvOrphaned(), new PvcUnused(),
				new PvcWithoutStorageClass(), new StatefulSetWithoutPvc(), new StatefulImageOnEphemeralStorage(),
				new RwoPvcMultiReplica(), new ZonalBindingMode(), new ReclaimPolicyDeleteStateful(),
				new ProvisionerInventory(), new PvEncryption(), new EphemeralStorageLimits());
	}

}
