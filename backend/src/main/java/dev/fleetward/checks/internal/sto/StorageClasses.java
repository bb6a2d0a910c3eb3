package dev.fleetward.checks.internal.sto;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1StorageClass;

/** Which StorageClass applies to a claim. */
final class StorageClasses {

	private StorageClasses() {
	}

	/**
	 * The claim's class: the one it names, or for a claim that names none the default
	 * class (admission assigns it, and since 1.28 also retroactively). An empty name
	 * means "no class": such a claim only binds pre-created volumes.
	 */
	static Optional<V1StorageClass> of(Snapshot snapshot, V1PersistentVolumeClaim pvc) {
		String name = (pvc.getSpec() != null) ? pvc.getSpec().getStorageClassName() : null;
		if (name == null) {
			// With several defaults the newest wins.
			List<V1StorageClass> defaults = Storage.defaultClasses(snapshot);
			return defaults.stream()
				.max(Comparator.comparing((V1StorageClass sc) -> (sc.getMetadata().getCreationTimestamp() != null)
						? sc.getMetadata().getCreationTimestamp().toInstant() : java.time.Instant.EPOCH));
		}
		if (name.isEmpty()) {
			return Optional.empty();
		}
		return snapshot.find(ResourceKind.STORAGE_CLASSES, "", name, V1StorageClass.class);
	}

	static boolean waitsForConsumer(Snapshot snapshot, V1PersistentVolumeClaim pvc) {
		return of(snapshot, pvc).map((sc) -> "WaitForFirstConsumer".equals(sc.getVolumeBindingMode())).orElse(false);
	}

}
