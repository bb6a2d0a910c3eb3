package dev.fleetward.trends;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.Severity;
import dev.fleetward.cluster.VisibleClusters;

/**
 * Reads scores and daily rollups; never the findings table, so a chart costs the same
 * with ten findings or ten million.
 */
@Service
public class Trends {

	/**
	 * A month of five-minute scans of one area fits; beyond, the answer says it was cut.
	 */
	static final int MAX_SCORE_POINTS = 10_000;

	private final JdbcTemplate jdbc;

	Trends(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Scores of one cluster's scans in [from, to), oldest first, at most
	 * {@value #MAX_SCORE_POINTS} plus one (so the caller can tell it was cut).
	 * @param area an area name, {@code OVERALL}, or null for all
	 */
	public List<ScorePoint> scores(UUID clusterId, String area, Instant from, Instant to) {
		List<Object> parameters = new ArrayList<>(List.of(clusterId, Timestamp.from(from), Timestamp.from(to)));
		String areaFilter = "";
		if (area != null) {
			areaFilter = " AND area = ?";
			parameters.add(area);
		}
		parameters.add(MAX_SCORE_POINTS + 1);
		return this.jdbc.query(
				"""
						SELECT scan_id, scanned_at, area, score, grade, passed, failed, exempted FROM cluster_score
						WHERE cluster_id = ? AND scanned_at >= ? AND scanned_at < ?""" + areaFilter
						+ " ORDER BY scanned_at, scan_id, area LIMIT ?",
				(rs, i) -> new ScorePoint(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getBigDecimal(4), (rs.getString(5) != null) ? Grade.valueOf(rs.getString(5)) : null,
						rs.getInt(6), rs.getInt(7), rs.getInt(8)),
				parameters.toArray());
	}

	/**
	 * Daily rollups from {@code from} to {@code to} (both included), summed over the
	 * clusters selected.
	 * @param clusterId one cluster, or null for all
	 * @param area one area, or null for all
	 * @param visible the clusters the caller may see
	 */
	public List<TrendPoint> daily(UUID clusterId, Area area, LocalDate from, LocalDate to, VisibleClusters visible) {
		if (clusterId != null) {
			return dailyOfCluster(clusterId, area, from, to, visible);
		}
		List<Object> parameters = new ArrayList<>(List.of(from, to));
		StringBuilder filters = new StringBuilder(visible.and("cluster_id", parameters));
		if (area != null) {
			filters.append(" AND area = ?");
			parameters.add(area.name());
		}
		return this.jdbc.query("""
				SELECT day, area, severity, sum(open_count), sum(exempted_count), sum(new_count), sum(reopened_count),
				    sum(resolved_count), sum(retired_count), sum(fix_seconds_sum)
				FROM daily_rollup WHERE day BETWEEN ? AND ?""" + filters + """

				GROUP BY day, area, severity ORDER BY day, area, severity""", Trends::trendPoint, parameters.toArray());
	}

	/**
	 * One cluster's rows are the points already: read in primary-key order, with nothing
	 * to sum or sort (the most asked-for trend, a cluster's chart).
	 */
	private List<TrendPoint> dailyOfCluster(UUID clusterId, Area area, LocalDate from, LocalDate to,
			VisibleClusters visible) {
		List<Object> parameters = new ArrayList<>(List.of(clusterId, from, to));
		StringBuilder filters = new StringBuilder(visible.and("cluster_id", parameters));
		if (area != null) {
			filters.append(" AND area = ?");
			parameters.add(area.name());
		}
		return this.jdbc.query("""
				SELECT day, area, severity, open_count, exempted_count, new_count, reopened_count, resolved_count,
				    retired_count, fix_seconds_sum
				FROM daily_rollup WHERE cluster_id = ? AND day BETWEEN ? AND ?""" + filters + """

				ORDER BY day, area, severity""", Trends::trendPoint, parameters.toArray());
	}

	private static TrendPoint trendPoint(ResultSet rs, int row) throws SQLException {
		long resolved = rs.getLong(8);
		return new TrendPoint(rs.getObject(1, LocalDate.class), Area.valueOf(rs.getString(2)),
				Severity.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
				(int) resolved, rs.getInt(9), (resolved == 0) ? null : Math.round(rs.getDouble(10) / resolved));
	}

}
