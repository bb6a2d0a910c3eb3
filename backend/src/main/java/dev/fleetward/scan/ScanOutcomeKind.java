package dev.fleetward.scan;

import java.util.Map;

import dev.fleetward.snapshot.KindStatus;
import dev.fleetward.snapshot.ResourceKind;

/**
 * How a scan ended.
 */
public enum ScanOutcomeKind {

	RUNNING,
	/** Every kind was read. */
	SUCCEEDED,
	/** Some kinds could not be read (e.g. 403): their checks are UNKNOWN. */
	PARTIAL,
	/** Nothing usable was read (unreachable, credentials rejected): nothing changes. */
	FAILED;

	/**
	 * Judges a snapshot's coverage. Kinds switched off for the cluster (Secrets unless
	 * enabled) and APIs the cluster does not serve do not make a scan partial.
	 */
	public static ScanOutcomeKind of(Map<ResourceKind, KindStatus> coverage, boolean secretsEnabled) {
		boolean anyRead = false;
		boolean anyMissing = false;
		for (Map.Entry<ResourceKind, KindStatus> entry : coverage.entrySet()) {
			if (entry.getKey() == ResourceKind.SECRETS && !secretsEnabled) {
				continue;
			}
			switch (entry.getValue().state()) {
				case COMPLETE, NOT_FOUND -> anyRead = true;
				case FORBIDDEN -> {
					anyRead = true;
					anyMissing = true;
				}
				case FAILED -> anyMissing = true;
			}
		}
		if (!anyRead) {
			return FAILED;
		}
		return anyMissing ? PARTIAL : SUCCEEDED;
	}

}
