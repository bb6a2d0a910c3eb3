package dev.fleetward.checks.internal.sto;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1StorageClass;

/**
 * Without a default StorageClass a claim that names no class waits until a PV is created
 * by hand. With several defaults Kubernetes uses the most recently created one, which is
 * rarely what whoever added the second default intended.
 */
public final class DefaultStorageClass implements Check {

	@Override
	public String id() {
		return "sto-default-storageclass";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.STORAGE_CLASSES, ResourceKind.PERSISTENT_VOLUME_CLAIMS);
	}

	@Override
	public void evaluate(Judge judge) {
		if (Storage.noClusterInInput(judge.snapshot())) {
			judge.notApplicable(ObjectRef.CLUSTER, "", "No Nodes and no StorageClasses in the input: not a cluster.");
			return;
		}
		List<String> defaults = Storage.defaultClasses(judge.snapshot())
			.stream()
			.map((sc) -> sc.getMetadata().getName())
			.sorted()
			.toList();
		Map<String, String> evidence = Map.of("defaultClasses", String.join(",", defaults));
		if (defaults.isEmpty()) {
			// Claims already waiting for lack of a class turn a hygiene gap into an
			// outage.
			long waiting = judge.snapshot()
				.list(ResourceKind.PERSISTENT_VOLUME_CLAIMS, V1PersistentVolumeClaim.class)
				.stream()
				.filter((pvc) -> "Pending".equals(Storage.phase(pvc)) && pvc.getSpec() != null
						&& pvc.getSpec().getStorageClassName() == null)
				.count();
			judge.fail((waiting > 0) ? Severity.HIGH : Severity.MEDIUM, ObjectRef.CLUSTER, "",
					"No StorageClass is marked default (annotation " + Storage.DEFAULT_ANNOTATION
							+ ": \"true\"): claims without storageClassName are not provisioned"
							+ ((waiting > 0) ? "; " + waiting + " such claim(s) are Pending." : "."),
					Map.of("storageClasses",
							String.valueOf(
									judge.snapshot().list(ResourceKind.STORAGE_CLASSES, V1StorageClass.class).size()),
							"pendingClaimsWithoutClass", String.valueOf(waiting)));
		}
		else if (defaults.size() > 1) {
			judge.fail(Severity.LOW, ObjectRef.CLUSTER, "multiple-defaults",
					defaults.size() + " StorageClasses are marked default " + defaults
							+ ": a claim without storageClassName gets the most recently created one.",
					evidence);
		}
		else {
			judge.pass(ObjectRef.CLUSTER, "", "StorageClass " + defaults.get(0) + " is the default.", evidence);
		}
	}

}
