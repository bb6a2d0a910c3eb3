package dev.fleetward.findings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.Severity;
import dev.fleetward.findings.FindingTally;

/**
 * Counts one cluster's findings and one reconcile's transitions by area and severity.
 * Runs once per scan on the write side, so that charts can read rollups instead.
 */
@Component
public class FindingTallies {

	private static final String CURRENT = """
			SELECT area, severity, count(*) FILTER (WHERE status = 'OPEN'), count(*) FILTER (WHERE status = 'EXEMPTED')
			FROM finding WHERE cluster_id = ? AND status IN ('OPEN', 'EXEMPTED')
			GROUP BY area, severity""";

	/** Time to fix runs from the start of the open period that the resolution ended. */
	private static final String TRANSITIONS = """
			SELECT f.area, f.severity, e.type, count(*),
			    coalesce(sum(extract(epoch FROM f.resolved_at - f.opened_at)) FILTER (WHERE e.type = 'RESOLVED'), 0)
			FROM finding_event e JOIN finding f ON f.id = e.finding_id
			WHERE e.cluster_id = ? AND e.at = ? AND e.scan_id = ? AND f.cluster_id = e.cluster_id
			GROUP BY f.area, f.severity, e.type""";

	private final JdbcTemplate jdbc;

	FindingTallies(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every area and severity, zeros included, so a rollup can fall back to zero. */
	public List<FindingTally> after(UUID clusterId, long scanId, Instant at) {
		Map<Area, Map<Severity, long[]>> cells = new EnumMap<>(Area.class);
		for (Area area : Area.values()) {
			Map<Severity, long[]> row = new EnumMap<>(Severity.class);
			for (Severity severity : Severity.values()) {
				row.put(severity, new long[7]);
			}
			cells.put(area, row);
		}
		this.jdbc.query(CURRENT, (rs) -> {
			long[] cell = cells.get(Area.valueOf(rs.getString(1))).get(Severity.valueOf(rs.getString(2)));
			cell[0] = rs.getLong(3);
			cell[1] = rs.getLong(4);
		}, clusterId);
		this.jdbc.query(TRANSITIONS, (rs) -> {
			long[] cell = cells.get(Area.valueOf(rs.getString(1))).get(Severity.valueOf(rs.getString(2)));
			long count = rs.getLong(4);
			switch (rs.getString(3)) {
				case "OPENED" -> cell[2] += count;
				case "REOPENED" -> cell[3] += count;
				case "RESOLVED" -> {
					cell[4] += count;
					cell[6] += Math.round(rs.getDouble(5));
				}
				case "RETIRED" -> cell[5] += count;
				default -> {
				}
			}
		}, clusterId, Timestamp.from(at), scanId);
		List<FindingTally> tallies = new ArrayList<>();
		cells.forEach((area, row) -> row.forEach((severity, c) -> tallies.add(new FindingTally(area, severity,
				(int) c[0], (int) c[1], (int) c[2], (int) c[3], (int) c[4], (int) c[5], c[6]))));
		return tallies;
	}

}
