package dev.fleetward.checks;

import java.util.List;

/**
 * The numbers and label keys of the storage and security checks: policy, so they live in
 * configuration with defaults rather than in the checks.
 *
 * @param pvcPendingMinutes a claim Pending longer than this is a finding (binding and
 * provisioning normally take seconds)
 * @param secretRotationDays an Opaque Secret unchanged for longer than this is due for
 * rotation
 * @param legacyTokenRecentDays a legacy token used within this many days is in active use
 * @param maxAppsPerNamespace more distinct applications than this in one namespace
 * suggests a shared dumping ground rather than a namespace per application or team
 * @param quotaNearLimitPercent a quota resource used at or above this share of its hard
 * limit is near the limit
 * @param maxTokenExpirationHours a projected service-account token valid longer than this
 * is long-lived
 * @param ownerLabelKeys namespace labels that name an owning team (any one suffices)
 */
public record CheckThresholds(int pvcPendingMinutes, int secretRotationDays, int legacyTokenRecentDays,
		int maxAppsPerNamespace, int quotaNearLimitPercent, int maxTokenExpirationHours, List<String> ownerLabelKeys) {

	public static final CheckThresholds DEFAULTS = new CheckThresholds(5, 90, 30, 10, 90, 24, List.of("owner", "team"));

	public CheckThresholds {
		ownerLabelKeys = List.copyOf(ownerLabelKeys);
	}

}
