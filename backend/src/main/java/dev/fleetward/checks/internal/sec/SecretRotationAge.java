package dev.fleetward.checks.internal.sec;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1ManagedFieldsEntry;
import io.kubernetes.client.openapi.models.V1Secret;

/**
 * Opaque Secrets unchanged for longer than the threshold (default 90 days) are probably
 * never rotated. The last change is the newest managedFields time when the snapshot has
 * them, else the creation time. Secrets synced by an external manager are rotated there
 * and not judged; other types (tokens, TLS, registry credentials) have their own cycles.
 */
public final class SecretRotationAge implements Check {

	@Override
	public String id() {
		return "sec-secret-rotation-age";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of(ResourceKind.SECRETS);
	}

	@Override
	public void evaluate(Judge judge) {
		int days = judge.config().thresholds().secretRotationDays();
		for (V1Secret secret : judge.snapshot().list(ResourceKind.SECRETS, V1Secret.class)) {
			String type = (secret.getType() != null) ? secret.getType() : "Opaque";
			if (!"Opaque".equals(type)) {
				continue;
			}
			ObjectRef ref = new ObjectRef("Secret", secret.getMetadata().getNamespace(),
					secret.getMetadata().getName());
			String what = "Secret " + ref.namespace() + "/" + ref.name();
			Instant changed = lastChange(secret);
			if (SecretStores.synced(secret.getMetadata())) {
				judge.pass(ref, "", what + " is maintained by an external secret manager.");
			}
			else if (changed == null) {
				judge.notApplicable(ref, "", what + " has no creation time (a manifest).");
			}
			else {
				long age = Duration.between(changed, judge.snapshot().takenAt()).toDays();
				Map<String, String> evidence = Map.of("lastChange", changed.toString(), "ageDays", String.valueOf(age));
				if (age > days) {
					judge.fail(ref, "", what + " has not changed for " + age + " days (threshold " + days + ").",
							evidence);
				}
				else {
					judge.pass(ref, "", what + " changed " + age + " days ago.", evidence);
				}
			}
		}
	}

	private static Instant lastChange(V1Secret secret) {
		Instant latest = (secret.getMetadata().getCreationTimestamp() != null)
				? secret.getMetadata().getCreationTimestamp().toInstant() : null;
		if (secret.getMetadata().getManagedFields() != null) {
			for (V1ManagedFieldsEntry entry : secret.getMetadata().getManagedFields()) {
				OffsetDateTime time = entry.getTime();
				if (time != null && (latest == null || time.toInstant().isAfter(latest))) {
					latest = time.toInstant();
				}
			}
		}
		return latest;
	}

}
