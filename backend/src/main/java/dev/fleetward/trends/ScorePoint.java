package dev.fleetward.trends;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored score of one scan.
 *
 * @param scanId the scan
 * @param scannedAt when its snapshot was taken
 * @param area an area, or {@code OVERALL}
 * @param score 0 to 100, null when nothing was judged (N/A)
 * @param grade A to F, null with the score
 * @param passed results passed (info excluded)
 * @param failed results failed, exempted ones excluded
 * @param exempted failed results an exemption covers
 */
public record ScorePoint(long scanId, Instant scannedAt, String area, BigDecimal score, Grade grade, int passed,
		int failed, int exempted) {

}
