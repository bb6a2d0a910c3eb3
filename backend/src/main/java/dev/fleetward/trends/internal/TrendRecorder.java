package dev.fleetward.trends.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.findings.FindingTally;
import dev.fleetward.findings.FindingsReconciled;
import dev.fleetward.findings.ScanOutcome;
import dev.fleetward.trends.Score;
import dev.fleetward.trends.ScoreCard;

/**
 * Stores a scan's scores and folds its transitions into today's rollups. Listens
 * synchronously, inside the reconcile's transaction, so scores and rollups never disagree
 * with the findings they describe.
 */
@Component
class TrendRecorder {

	static final String OVERALL = "OVERALL";

	private static final String INSERT_SCORE = """
			INSERT INTO cluster_score (cluster_id, scan_id, scanned_at, area, score, grade, passed_weight,
			    failed_weight, passed, failed, exempted)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (cluster_id, scan_id, area) DO UPDATE SET scanned_at = EXCLUDED.scanned_at,
			    score = EXCLUDED.score, grade = EXCLUDED.grade, passed_weight = EXCLUDED.passed_weight,
			    failed_weight = EXCLUDED.failed_weight, passed = EXCLUDED.passed, failed = EXCLUDED.failed,
			    exempted = EXCLUDED.exempted""";

	/** Counts of the state are replaced; counts of transitions add up over the day. */
	private static final String UPSERT_ROLLUP = """
			INSERT INTO daily_rollup (day, cluster_id, area, severity, open_count, exempted_count, new_count,
			    reopened_count, resolved_count, retired_count, fix_seconds_sum, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (cluster_id, day, area, severity) DO UPDATE SET
			    open_count = EXCLUDED.open_count, exempted_count = EXCLUDED.exempted_count,
			    new_count = daily_rollup.new_count + EXCLUDED.new_count,
			    reopened_count = daily_rollup.reopened_count + EXCLUDED.reopened_count,
			    resolved_count = daily_rollup.resolved_count + EXCLUDED.resolved_count,
			    retired_count = daily_rollup.retired_count + EXCLUDED.retired_count,
			    fix_seconds_sum = daily_rollup.fix_seconds_sum + EXCLUDED.fix_seconds_sum,
			    updated_at = EXCLUDED.updated_at""";

	private final JdbcTemplate jdbc;

	private final CheckCatalog catalog;

	TrendRecorder(JdbcTemplate jdbc, CheckCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@EventListener
	void on(FindingsReconciled reconciled) {
		ScanOutcome outcome = reconciled.outcome();
		ScoreCard card = ScoreCard.of(outcome.results(), reconciled::isExempted, this.catalog);
		List<Object[]> scores = new ArrayList<>();
		scores.add(scoreRow(outcome, OVERALL, card.overall()));
		for (Map.Entry<Area, Score> area : card.areas().entrySet()) {
			scores.add(scoreRow(outcome, area.getKey().name(), area.getValue()));
		}
		this.jdbc.batchUpdate(INSERT_SCORE, scores);

		LocalDate day = LocalDate.ofInstant(outcome.scannedAt(), ZoneOffset.UTC);
		Timestamp at = Timestamp.from(outcome.scannedAt());
		List<Object[]> rollups = new ArrayList<>();
		for (FindingTally tally : reconciled.tallies()) {
			rollups.add(new Object[] { day, outcome.clusterId(), tally.area().name(), tally.severity().name(),
					tally.open(), tally.exempted(), tally.opened(), tally.reopened(), tally.resolved(), tally.retired(),
					tally.fixSeconds(), at });
		}
		this.jdbc.batchUpdate(UPSERT_ROLLUP, rollups);
	}

	private static Object[] scoreRow(ScanOutcome outcome, String area, Score score) {
		return new Object[] { outcome.clusterId(), outcome.scanId(), Timestamp.from(outcome.scannedAt()), area,
				score.value(), (score.grade() != null) ? score.grade().name() : null, score.passedWeight(),
				score.failedWeight(), score.passed(), score.failed(), score.exempted() };
	}

}
