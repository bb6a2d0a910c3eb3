package dev.fleetward.findings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.fleetward.checks.CheckResult;

/**
 * What one scan of one cluster produced, as the findings need it.
 *
 * @param clusterId the cluster scanned
 * @param scanId the scan record's id
 * @param scannedAt when the snapshot was taken; the time of every transition it causes
 * @param complete whether the scan finished (its record is SUCCEEDED or PARTIAL). An
 * unreachable or failed scan is not complete and changes nothing.
 * @param results every result of the scan, PASS included
 * @param checksWithCompleteInput the checks whose every needed kind was read completely;
 * only these may resolve findings, which is what makes a PARTIAL scan safe
 * @param catalogCheckIds the checks in the catalog now; open findings of any other check
 * are retired
 */
public record ScanOutcome(UUID clusterId, long scanId, Instant scannedAt, boolean complete, List<CheckResult> results,
		Set<String> checksWithCompleteInput, Set<String> catalogCheckIds) {

	public ScanOutcome {
		Objects.requireNonNull(clusterId, "clusterId");
		Objects.requireNonNull(scannedAt, "scannedAt");
		results = List.copyOf(results);
		checksWithCompleteInput = Set.copyOf(checksWithCompleteInput);
		catalogCheckIds = Set.copyOf(catalogCheckIds);
	}

}
