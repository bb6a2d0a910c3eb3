package dev.fleetward.checks.internal.sto;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;

/**
 * A claim that stays Pending blocks every pod that mounts it. A claim of a
 * WaitForFirstConsumer class is meant to wait until a pod uses it, so it is judged only
 * once one does. The age comes from the snapshot's time, and the latest
 * ProvisioningFailed / FailedBinding event gives the reason.
 */
public final class PvcPending implements Check {

	private static final Set<String> REASONS = Set.of("ProvisioningFailed", "FailedBinding");

	@Override
	public String id() {
		return "sto-pvc-pending";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.PERSISTENT_VOLUME_CLAIMS, ResourceKind.STORAGE_CLASSES, ResourceKind.PODS,
				ResourceKind.EVENTS);
	}

	@Override
	public void evaluate(Judge judge) {
		List<V1PersistentVolumeClaim> claims = judge.snapshot()
			.list(ResourceKind.PERSISTENT_VOLUME_CLAIMS, V1PersistentVolumeClaim.class);
		if (claims.isEmpty()) {
			return;
		}
		Set<String> inUse = Storage.claimsInUse(judge);
		Map<String, String> reasons = reasons(judge);
		int minutes = judge.config().thresholds().pvcPendingMinutes();
		for (V1PersistentVolumeClaim pvc : claims) {
			ObjectRef ref = Storage.ref("PersistentVolumeClaim", pvc.getMetadata());
			String what = "PersistentVolumeClaim " + ref.name();
			String phase = Storage.phase(pvc);
			if (phase == null) {
				judge.notApplicable(ref, "", what + " has no status (a manifest).");
				continue;
			}
			if (!"Pending".equals(phase)) {
				judge.pass(ref, "", what + " is " + phase + ".", Map.of("phase", phase));
				continue;
			}
			String key = Storage.key(ref.namespace(), ref.name());
			if (StorageClasses.waitsForConsumer(judge.snapshot(), pvc) && !inUse.contains(key)) {
				judge.pass(ref, "", what + " waits for its first consumer (volumeBindingMode WaitForFirstConsumer),"
						+ " as intended: no pod uses it yet.", Map.of("phase", phase));
				continue;
			}
			Duration age = (pvc.getMetadata().getCreationTimestamp() != null)
					? Duration.between(pvc.getMetadata().getCreationTimestamp().toInstant(), judge.snapshot().takenAt())
					: null;
			if (age != null && age.toMinutes() < minutes) {
				judge.pass(ref, "", what + " has been Pending for " + age.toSeconds() + "s, under the " + minutes
						+ "-minute grace period.", Map.of("phase", phase));
				continue;
			}
			String reason = reasons.getOrDefault(key, "");
			judge.fail(ref, "",
					what + " has been Pending "
							+ ((age != null) ? "for " + age.toMinutes() + " minutes" : "(age unknown)")
							+ (reason.isEmpty() ? "." : ": " + reason),
					Map.of("phase", phase, "pendingMinutes",
							(age != null) ? String.valueOf(age.toMinutes()) : "unknown"));
		}
	}

	/** The latest binding or provisioning failure per claim. */
	private static Map<String, String> reasons(Judge judge) {
		Map<String, CoreV1Event> latest = new HashMap<>();
		for (CoreV1Event event : judge.snapshot().list(ResourceKind.EVENTS, CoreV1Event.class)) {
			if (event.getInvolvedObject() == null || !REASONS.contains(event.getReason())
					|| !"PersistentVolumeClaim".equals(event.getInvolvedObject().getKind())) {
				continue;
			}
			String key = Storage.key(event.getInvolvedObject().getNamespace(), event.getInvolvedObject().getName());
			latest.merge(key, event, (a, b) -> (Events.time(b).compareTo(Events.time(a)) > 0) ? b : a);
		}
		Map<String, String> reasons = new HashMap<>();
		latest.forEach((key, event) -> reasons.put(key, event.getReason() + " " + event.getMessage()));
		return reasons;
	}

}
