package dev.fleetward.findings.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.findings.FindingEventType;
import dev.fleetward.findings.ScanOutcome;
import dev.fleetward.snapshot.ObjectRef;

/**
 * Writes one complete scan's verdicts into {@code finding} and {@code finding_event} with
 * a handful of set-based statements over the staged results. Runs inside the caller's
 * transaction; it never commits.
 */
@Component
public class FindingWriter {

	/**
	 * Upserts every failure and records the transitions it causes in one statement: the
	 * {@code prior} CTE reads the findings as they were before the statement. A failure
	 * that changed nothing is not rewritten unless its last_seen_at is over an hour old:
	 * rewriting every row of a large cluster every five minutes tripled the cost of a
	 * rescan, for a timestamp whose minutes nobody reads (the scan record has the exact
	 * time of the cluster's last scan).
	 */
	private static final String UPSERT_FAILURES = """
			WITH prior AS (
			    SELECT f.fingerprint, f.status
			    FROM finding f JOIN scan_result t ON t.fingerprint = f.fingerprint
			    WHERE t.result = 'FAIL' AND f.cluster_id = ?
			), upserted AS (
			    INSERT INTO finding AS f (fingerprint, cluster_id, check_id, area, severity, object_kind,
			        object_namespace, object_name, detail, status, exemption_id, message, evidence, first_seen_at,
			        last_seen_at, opened_at, last_scan_id, updated_at)
			    SELECT t.fingerprint, ?, t.check_id, t.area, t.severity, t.kind, t.namespace, t.name, t.detail,
			        CASE WHEN t.exemption_id IS NULL THEN 'OPEN' ELSE 'EXEMPTED' END, t.exemption_id, t.message,
			        t.evidence, ?, ?, ?, ?, ?
			    FROM scan_result t WHERE t.result = 'FAIL'
			    ON CONFLICT (fingerprint) DO UPDATE SET
			        area = EXCLUDED.area, severity = EXCLUDED.severity, message = EXCLUDED.message,
			        evidence = EXCLUDED.evidence, status = EXCLUDED.status, exemption_id = EXCLUDED.exemption_id,
			        last_seen_at = EXCLUDED.last_seen_at, last_scan_id = EXCLUDED.last_scan_id,
			        opened_at = CASE WHEN f.status IN ('RESOLVED', 'RETIRED') THEN EXCLUDED.opened_at
			            ELSE f.opened_at END,
			        resolved_at = NULL, resolution_reason = NULL,
			        reopen_count = f.reopen_count + CASE WHEN f.status IN ('RESOLVED', 'RETIRED') THEN 1 ELSE 0 END,
			        updated_at = CASE WHEN f.status <> EXCLUDED.status OR f.severity <> EXCLUDED.severity
			            OR f.message <> EXCLUDED.message OR f.evidence <> EXCLUDED.evidence
			            OR f.exemption_id IS DISTINCT FROM EXCLUDED.exemption_id
			            THEN EXCLUDED.updated_at ELSE f.updated_at END
			    WHERE f.status <> EXCLUDED.status OR f.severity <> EXCLUDED.severity OR f.message <> EXCLUDED.message
			        OR f.evidence <> EXCLUDED.evidence OR f.exemption_id IS DISTINCT FROM EXCLUDED.exemption_id
			        OR f.area <> EXCLUDED.area OR f.last_seen_at < EXCLUDED.last_seen_at - interval '1 hour'
			    RETURNING f.id, f.fingerprint, f.check_id, f.status, f.exemption_id
			), events AS (
			    INSERT INTO finding_event (finding_id, cluster_id, check_id, type, at, scan_id, reason)
			    SELECT u.id, ?, u.check_id, e.type, ?, ?, e.reason
			    FROM upserted u LEFT JOIN prior p ON p.fingerprint = u.fingerprint
			    CROSS JOIN LATERAL (VALUES
			        ('OPENED', p.status IS NULL, 'fails'),
			        ('REOPENED', p.status IN ('RESOLVED', 'RETIRED'), 'fails again'),
			        ('EXEMPTED', u.status = 'EXEMPTED' AND p.status IS DISTINCT FROM 'EXEMPTED',
			            'covered by exemption ' || u.exemption_id),
			        ('UNEXEMPTED', u.status = 'OPEN' AND p.status = 'EXEMPTED', 'no active exemption covers it')
			    ) AS e (type, happened, reason)
			    WHERE e.happened
			    RETURNING type
			)
			SELECT type, count(*) FROM events GROUP BY type""";

	private static final String RETIRE = """
			WITH retired AS (
			    UPDATE finding f SET status = 'RETIRED', exemption_id = NULL, updated_at = ?,
			        resolution_reason = 'check no longer in the catalog'
			    WHERE f.cluster_id = ? AND f.status IN ('OPEN', 'EXEMPTED') AND NOT (f.check_id = ANY (?))
			    RETURNING f.id, f.check_id
			)
			INSERT INTO finding_event (finding_id, cluster_id, check_id, type, at, scan_id, reason)
			SELECT id, ?, check_id, 'RETIRED', ?, ?, 'check no longer in the catalog' FROM retired""";

	/**
	 * Only checks that may resolve are passed in; a finding without any result of its own
	 * is "resource gone", an UNKNOWN or FAIL verdict keeps it as it is.
	 */
	private static final String RESOLVE = """
			WITH candidate AS (
			    SELECT f.id, t.result
			    FROM finding f LEFT JOIN scan_result t ON t.fingerprint = f.fingerprint
			    WHERE f.cluster_id = ? AND f.status IN ('OPEN', 'EXEMPTED') AND f.check_id = ANY (?)
			      AND (t.result IS NULL OR t.result IN ('PASS', 'NOT_APPLICABLE'))
			), resolved AS (
			    UPDATE finding f SET status = 'RESOLVED', exemption_id = NULL, resolved_at = ?, updated_at = ?,
			        resolution_reason = CASE c.result WHEN 'PASS' THEN 'now passes'
			            WHEN 'NOT_APPLICABLE' THEN 'no longer applicable' ELSE 'resource gone' END
			    FROM candidate c WHERE f.id = c.id
			    RETURNING f.id, f.check_id, f.resolution_reason
			)
			INSERT INTO finding_event (finding_id, cluster_id, check_id, type, at, scan_id, reason)
			SELECT id, ?, check_id, 'RESOLVED', ?, ?, resolution_reason FROM resolved""";

	private final JdbcTemplate jdbc;

	FindingWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reconciles the scan; the caller holds the transaction.
	 * @param outcome a complete scan
	 * @param areaOf the area of a check in the catalog
	 * @param now the time exemptions are judged at
	 */
	public Written write(ScanOutcome outcome, Function<String, Area> areaOf, Instant now) {
		ReconcileLocks.forReconcile(this.jdbc, outcome.clusterId());
		Map<String, CheckResult> results = StagedResults.byFingerprint(outcome.clusterId(), outcome.results());
		StagedResults.create(this.jdbc);
		this.jdbc.execute((ConnectionCallback<Long>) (connection) -> StagedResults.copy(connection, results, areaOf));
		// Temporary tables are never analyzed (ANALYZE would cost a fifth of the budget),
		// and the findings' statistics lag behind a first large scan: a misestimate then
		// picks a nested loop over two sets of tens of thousands of rows (minutes instead
		// of a second). Hash joins are right for every statement of this bulk step.
		this.jdbc.execute("SET LOCAL enable_nestloop = off");
		Set<String> exempted = markExempted(outcome.clusterId(), now);

		Map<FindingEventType, Integer> counts = new EnumMap<>(FindingEventType.class);
		Timestamp at = Timestamp.from(outcome.scannedAt());
		this.jdbc.query(UPSERT_FAILURES, (row) -> {
			counts.put(FindingEventType.valueOf(row.getString(1)), row.getInt(2));
		}, outcome.clusterId(), outcome.clusterId(), at, at, at, outcome.scanId(), at, outcome.clusterId(), at,
				outcome.scanId());

		counts.put(FindingEventType.RETIRED, update(RETIRE, at, outcome.clusterId(), outcome.catalogCheckIds(),
				outcome.clusterId(), at, outcome.scanId()));
		counts.put(FindingEventType.RESOLVED, update(RESOLVE, outcome.clusterId(), resolvableChecks(outcome), at, at,
				outcome.clusterId(), at, outcome.scanId()));
		this.jdbc.execute("SET LOCAL enable_nestloop = on");
		return new Written(counts, exempted);
	}

	/**
	 * The checks whose verdicts may resolve findings in this scan: every needed kind read
	 * completely, still in the catalog, and not broken as a whole (a cluster-level
	 * UNKNOWN is a check that could not judge anything).
	 */
	static Set<String> resolvableChecks(ScanOutcome outcome) {
		Set<String> resolvable = new HashSet<>(outcome.checksWithCompleteInput());
		resolvable.retainAll(outcome.catalogCheckIds());
		for (CheckResult result : outcome.results()) {
			if (result.status() == CheckStatus.UNKNOWN && ObjectRef.CLUSTER.equals(result.object())) {
				resolvable.remove(result.checkId());
			}
		}
		return resolvable;
	}

	private Set<String> markExempted(UUID clusterId, Instant now) {
		Timestamp at = Timestamp.from(now);
		String name = this.jdbc.queryForObject("SELECT name FROM cluster WHERE id = ?", String.class, clusterId);
		String clusterMatch = "(? LIKE e.cluster_like OR ? LIKE e.cluster_like)";
		Boolean any = this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM exemption e WHERE " + ExemptionMatch.ACTIVE
				+ " AND " + clusterMatch + ")", Boolean.class, at, name, clusterId.toString());
		if (!Boolean.TRUE.equals(any)) {
			return Set.of();
		}
		this.jdbc.update(
				"UPDATE scan_result t SET exemption_id = (SELECT e.id FROM exemption e WHERE " + ExemptionMatch.ACTIVE
						+ " AND " + ExemptionMatch.covers("?", "?", "t.check_id", "t.namespace", "t.name")
						+ " ORDER BY e.id LIMIT 1) WHERE t.result = 'FAIL'",
				at, name, clusterId.toString());
		return new HashSet<>(this.jdbc
			.queryForList("SELECT fingerprint FROM scan_result WHERE exemption_id IS NOT NULL", String.class));
	}

	/**
	 * Runs a statement whose parameters may include a set of check ids (a text array).
	 */
	private int update(String sql, Object... parameters) {
		return this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			for (int i = 0; i < parameters.length; i++) {
				Object parameter = parameters[i];
				if (parameter instanceof Set<?> ids) {
					Array array = connection.createArrayOf("text", ids.toArray());
					statement.setArray(i + 1, array);
				}
				else {
					statement.setObject(i + 1, parameter);
				}
			}
			return statement;
		});
	}

	/**
	 * What a reconcile wrote.
	 *
	 * @param counts transitions by type
	 * @param exemptedFingerprints the failures an active exemption covers
	 */
	public record Written(Map<FindingEventType, Integer> counts, Set<String> exemptedFingerprints) {

		public int count(FindingEventType type) {
			return this.counts.getOrDefault(type, 0);
		}

	}

}
