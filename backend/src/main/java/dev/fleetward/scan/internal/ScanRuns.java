package dev.fleetward.scan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.fleetward.scan.ScanOutcomeKind;
import dev.fleetward.scan.ScanRun;

/**
 * The {@code scan_run} table. A run is inserted and its progress updated in short
 * transactions of their own, so progress is visible while the scan runs; its end is
 * written in the same transaction as the findings.
 */
@Repository
public class ScanRuns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	public ScanRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long start(UUID clusterId, String trigger, Instant at, int kindsTotal, String instance) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"INSERT INTO scan_run (cluster_id, trigger, started_at, outcome, kinds_total, instance)"
							+ " VALUES (?, ?, ?, 'RUNNING', ?, ?)",
					new String[] { "id" });
			statement.setObject(1, clusterId);
			statement.setString(2, trigger);
			statement.setTimestamp(3, Timestamp.from(at));
			statement.setInt(4, kindsTotal);
			statement.setString(5, instance);
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	public void progress(long scanId, int kindsDone) {
		this.jdbc.update("UPDATE scan_run SET kinds_done = ? WHERE id = ? AND outcome = 'RUNNING'", kindsDone, scanId);
	}

	public void finish(long scanId, ScanOutcomeKind outcome, Map<String, Object> coverage, Map<String, Object> counts,
			String error, Instant at) {
		this.jdbc.update(
				"UPDATE scan_run SET outcome = ?, coverage = ?::jsonb, counts = ?::jsonb, error = ?, finished_at = ?,"
						+ " kinds_done = kinds_total WHERE id = ?",
				outcome.name(), JSON.writeValueAsString(coverage), JSON.writeValueAsString(counts), error,
				Timestamp.from(at), scanId);
	}

	/**
	 * Marks runs of a cluster left RUNNING by an app that stopped mid-scan as FAILED:
	 * they wrote no findings (those commit with the end of a run), so nothing else needs
	 * undoing.
	 */
	public int failInterrupted(UUID clusterId, Instant at) {
		return this.jdbc.update("UPDATE scan_run SET outcome = 'FAILED', finished_at = ?,"
				+ " error = 'interrupted: the app stopped during this scan' WHERE cluster_id = ? AND outcome = 'RUNNING'",
				Timestamp.from(at), clusterId);
	}

	public Optional<ScanRun> find(long scanId) {
		return this.jdbc.query("SELECT * FROM scan_run WHERE id = ?", ROW, scanId).stream().findFirst();
	}

	public List<ScanRun> recent(UUID clusterId, int limit) {
		return this.jdbc.query("SELECT * FROM scan_run WHERE cluster_id = ? ORDER BY started_at DESC, id DESC LIMIT ?",
				ROW, clusterId, limit);
	}

	public int deleteFinishedBefore(Instant cutoff) {
		return this.jdbc.update("DELETE FROM scan_run WHERE started_at < ? AND outcome <> 'RUNNING'",
				Timestamp.from(cutoff));
	}

	private static final RowMapper<ScanRun> ROW = ScanRuns::map;

	private static ScanRun map(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ScanRun(rs.getLong("id"), rs.getObject("cluster_id", UUID.class), rs.getString("trigger"),
				rs.getTimestamp("started_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				ScanOutcomeKind.valueOf(rs.getString("outcome")), rs.getInt("kinds_done"), rs.getInt("kinds_total"),
				JSON.readValue(rs.getString("coverage"), MAP), JSON.readValue(rs.getString("counts"), MAP),
				rs.getString("error"));
	}

}
