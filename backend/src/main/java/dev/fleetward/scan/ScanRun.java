package dev.fleetward.scan;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One scan of one cluster, as recorded: readable while it runs (progress) and for 90 days
 * after.
 *
 * @param id the scan's id
 * @param clusterId the cluster
 * @param trigger SCHEDULE or MANUAL
 * @param startedAt when it started
 * @param finishedAt when it ended, null while running
 * @param outcome RUNNING, SUCCEEDED, PARTIAL or FAILED
 * @param kindsDone kinds listed so far
 * @param kindsTotal kinds to list
 * @param coverage per kind: state, reason, milliseconds
 * @param counts results by status and findings by transition
 * @param error why it failed, if it did
 */
public record ScanRun(long id, UUID clusterId, String trigger, Instant startedAt, Instant finishedAt,
		ScanOutcomeKind outcome, int kindsDone, int kindsTotal, Map<String, Object> coverage,
		Map<String, Object> counts, String error) {
}
