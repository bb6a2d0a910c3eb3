package dev.fleetward.checks;

import java.util.Map;

import dev.fleetward.snapshot.ObjectRef;

/**
 * One verdict of one check on one object.
 *
 * @param checkId the check's id
 * @param status the verdict
 * @param severity the severity of this result (a check may raise or lower its default)
 * @param object the object judged ({@link ObjectRef#CLUSTER} for cluster-level checks)
 * @param detail what inside the object was judged, e.g. a container name; empty when the
 * object as a whole was judged. Part of a finding's fingerprint.
 * @param message what a platform engineer needs to know
 * @param evidence a few facts behind the verdict; never a Secret or ConfigMap value
 */
public record CheckResult(String checkId, CheckStatus status, Severity severity, ObjectRef object, String detail,
		String message, Map<String, String> evidence) {

	public CheckResult {
		detail = (detail != null) ? detail : "";
		evidence = (evidence != null) ? Map.copyOf(evidence) : Map.of();
	}

}
