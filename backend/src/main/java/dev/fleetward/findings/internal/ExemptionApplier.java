package dev.fleetward.findings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves findings between OPEN and EXEMPTED when exemptions change, outside any scan. A
 * finding re-matched here gets the oldest active exemption that covers it, so revoking
 * one of two overlapping exemptions leaves it exempted (without an event).
 */
@Component
public class ExemptionApplier {

	private static final String REMATCH = """
			WITH matched AS (
			    SELECT f.id, f.status AS old_status, f.exemption_id AS old_exemption,
			        %s AS new_exemption
			    FROM finding f JOIN cluster c ON c.id = f.cluster_id
			    WHERE %s
			), changed AS (
			    UPDATE finding f
			    SET status = CASE WHEN m.new_exemption IS NULL THEN 'OPEN' ELSE 'EXEMPTED' END,
			        exemption_id = m.new_exemption, updated_at = ?
			    FROM matched m
			    WHERE f.id = m.id AND (f.exemption_id IS DISTINCT FROM m.new_exemption
			        OR f.status <> CASE WHEN m.new_exemption IS NULL THEN 'OPEN' ELSE 'EXEMPTED' END)
			    RETURNING f.id, f.cluster_id, f.check_id, f.status, f.exemption_id, m.old_status, m.old_exemption
			)
			INSERT INTO finding_event (finding_id, cluster_id, check_id, type, at, scan_id, reason)
			SELECT id, cluster_id, check_id, CASE WHEN status = 'EXEMPTED' THEN 'EXEMPTED' ELSE 'UNEXEMPTED' END, ?, NULL,
			    CASE WHEN status = 'EXEMPTED' THEN 'covered by exemption ' || exemption_id
			        ELSE 'exemption ' || coalesce(old_exemption::text, '(deleted)') || ' expired or was revoked' END
			FROM changed WHERE status <> old_status
			RETURNING type""";

	private static final String COVERED_BY = "f.status = 'OPEN' AND EXISTS (SELECT 1 FROM exemption e WHERE e.id = ? AND "
			+ ExemptionMatch.covers("c.name", "c.id::text", "f.check_id", "f.object_namespace", "f.object_name") + ")";

	private static final String NO_LONGER_COVERED = "f.status = 'EXEMPTED' AND (f.exemption_id IS NULL OR "
			+ "f.exemption_id IN (SELECT e.id FROM exemption e WHERE NOT (" + ExemptionMatch.ACTIVE + ")))";

	private final JdbcTemplate jdbc;

	ExemptionApplier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Exempts the open findings this (new) exemption covers; returns how many. */
	public int exemptCoveredBy(long exemptionId, Instant now) {
		ReconcileLocks.forExemptionChange(this.jdbc);
		Timestamp at = Timestamp.from(now);
		return rematch(COVERED_BY, at, exemptionId, at, at).size();
	}

	/**
	 * Reopens the exempted findings whose exemption expired or was revoked (unless
	 * another active one covers them); returns how many.
	 */
	public int releaseUncovered(Instant now) {
		ReconcileLocks.forExemptionChange(this.jdbc);
		Timestamp at = Timestamp.from(now);
		return rematch(NO_LONGER_COVERED, at, at, at, at).size();
	}

	private List<String> rematch(String filter, Object... parameters) {
		String sql = REMATCH.formatted(ExemptionMatch.firstCovering("f", "c"), filter);
		return this.jdbc.queryForList(sql, String.class, parameters);
	}

}
