package dev.fleetward.findings;

import java.util.List;

/**
 * One page of findings and the cursor of the next ({@code null} at the end).
 */
public record FindingPage(List<FindingView> items, String nextCursor) {
}
