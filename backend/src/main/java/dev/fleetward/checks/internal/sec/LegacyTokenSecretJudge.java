package dev.fleetward.checks.internal.sec;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Secret;

/**
 * The Secret part of sec-legacy-sa-token-secrets. The labels the API server sets are
 * dates ({@code 2024-05-30}); "recent" is within the configured number of days of the
 * snapshot.
 */
final class LegacyTokenSecretJudge {

	static final String LAST_USED = "kubernetes.io/legacy-token-last-used";

	static final String INVALID_SINCE = "kubernetes.io/legacy-token-invalid-since";

	private final Judge judge;

	LegacyTokenSecretJudge(Judge judge) {
		this.judge = judge;
	}

	void judgeAll() {
		int found = 0;
		int recentDays = this.judge.config().thresholds().legacyTokenRecentDays();
		for (V1Secret secret : this.judge.snapshot().list(ResourceKind.SECRETS, V1Secret.class)) {
			if (!LegacySaTokenSecrets.TYPE.equals(secret.getType())) {
				continue;
			}
			found++;
			ObjectRef ref = new ObjectRef("Secret", secret.getMetadata().getNamespace(),
					secret.getMetadata().getName());
			Map<String, String> labels = (secret.getMetadata().getLabels() != null) ? secret.getMetadata().getLabels()
					: Map.of();
			Map<String, String> annotations = (secret.getMetadata().getAnnotations() != null)
					? secret.getMetadata().getAnnotations() : Map.of();
			String account = annotations.getOrDefault("kubernetes.io/service-account.name", "?");
			String what = "Secret " + ref.namespace() + "/" + ref.name() + " is a legacy token of ServiceAccount "
					+ account;
			String lastUsed = labels.get(LAST_USED);
			Map<String, String> evidence = Map.of("serviceAccount", account, "lastUsed", String.valueOf(lastUsed),
					"invalidSince", String.valueOf(labels.get(INVALID_SINCE)));
			if (labels.containsKey(INVALID_SINCE)) {
				this.judge.fail(Severity.LOW, ref, "",
						what + ", invalidated since " + labels.get(INVALID_SINCE) + "; delete it.", evidence);
			}
			else if (lastUsed != null && daysAgo(lastUsed) <= recentDays) {
				this.judge.fail(Severity.HIGH, ref, "",
						what + " and was used on " + lastUsed + ": something authenticates with a non-expiring token.",
						evidence);
			}
			else {
				this.judge.fail(ref, "",
						what + ((lastUsed != null) ? ", last used " + lastUsed
								: ", not used since usage tracking began") + "; delete it or move to bound tokens.",
						evidence);
			}
		}
		if (found == 0) {
			this.judge.pass(ObjectRef.CLUSTER, "secrets", "No Secret of type " + LegacySaTokenSecrets.TYPE + ".");
		}
	}

	private long daysAgo(String date) {
		try {
			return Duration
				.between(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant(),
						this.judge.snapshot().takenAt())
				.toDays();
		}
		catch (DateTimeParseException ex) {
			return Long.MAX_VALUE;
		}
	}

}
