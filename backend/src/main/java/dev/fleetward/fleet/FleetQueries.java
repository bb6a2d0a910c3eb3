package dev.fleetward.fleet;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.cluster.Cluster;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.VisibleClusters;
import dev.fleetward.security.Visibility;

/**
 * Fleet-wide read models, from the tables written after each scan (latest scores, daily
 * rollups, scan counts) rather than from the live findings table. "Fleet" is the clusters
 * the caller may see: every count and average covers those only.
 */
@Service
class FleetQueries {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");

	/**
	 * The rollups of cluster {@code c}'s latest day: found per cluster through the
	 * primary key, where a filter over the whole table costs seconds at a million
	 * findings.
	 */
	static final String LATEST_ROLLUPS = "SELECT l.area, l.severity, l.open_count FROM daily_rollup l"
			+ " WHERE l.cluster_id = c.id AND l.day = (SELECT MAX(m.day) FROM daily_rollup m WHERE m.cluster_id = c.id)";

	private final JdbcTemplate jdbc;

	private final ClusterRegistry clusters;

	private final CheckCatalog catalog;

	FleetQueries(JdbcTemplate jdbc, ClusterRegistry clusters, CheckCatalog catalog) {
		this.jdbc = jdbc;
		this.clusters = clusters;
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	Summary summary(Visibility visibility) {
		VisibleClusters visible = this.clusters.visible(visibility);
		Map<String, Long> open = new LinkedHashMap<>();
		SEVERITIES.forEach((severity) -> open.put(severity, 0L));
		List<Object> openArgs = new ArrayList<>();
		this.jdbc.query("SELECT r.severity, SUM(r.open_count) AS open FROM cluster c CROSS JOIN LATERAL ("
				+ LATEST_ROLLUPS + ") r WHERE TRUE" + visible.and("c.id", openArgs) + " GROUP BY r.severity", (rs) -> {
					open.put(rs.getString("severity").toLowerCase(Locale.ROOT), rs.getLong("open"));
				}, openArgs.toArray());
		Map<UUID, Map<String, Grade>> scores = new HashMap<>();
		List<Object> scoreArgs = new ArrayList<>();
		// The latest score of each cluster and area, one index probe each, however many
		// scans the table holds.
		this.jdbc.query("SELECT c.id AS cluster_id, a.area, latest.score, latest.grade FROM cluster c"
				+ " CROSS JOIN unnest(ARRAY['OVERALL', 'HA', 'NETWORKING', 'STORAGE', 'SECURITY']) a(area)"
				+ " CROSS JOIN LATERAL (SELECT s.score, s.grade FROM cluster_score s"
				+ " WHERE s.cluster_id = c.id AND s.area = a.area"
				+ " ORDER BY s.scanned_at DESC, s.scan_id DESC LIMIT 1) latest WHERE TRUE"
				+ visible.and("c.id", scoreArgs), (rs) -> {
					BigDecimal score = rs.getBigDecimal("score");
					scores.computeIfAbsent(rs.getObject("cluster_id", UUID.class), (id) -> new TreeMap<>())
						.put(rs.getString("area"),
								new Grade((score != null) ? score.doubleValue() : null, rs.getString("grade")));
				}, scoreArgs.toArray());
		List<ClusterScore> clusterScores = new ArrayList<>();
		for (Cluster cluster : this.clusters.list(visibility)) {
			Map<String, Grade> areas = new TreeMap<>(scores.getOrDefault(cluster.id(), Map.of()));
			Grade overall = areas.remove("OVERALL");
			clusterScores
				.add(new ClusterScore(cluster.id(), cluster.name(), cluster.environment(), cluster.health().name(),
						(overall != null) ? overall.score() : null, (overall != null) ? overall.grade() : null, areas));
		}
		return new Summary(clusterScores.size(), open, clusterScores);
	}

	/** Counts from each cluster's latest finished scan. */
	@Transactional(readOnly = true)
	List<CheckCounts> checks(Visibility visibility) {
		Map<String, long[]> counts = new HashMap<>();
		List<Object> args = new ArrayList<>();
		this.jdbc.query("SELECT DISTINCT ON (cluster_id) counts::text AS counts FROM scan_run"
				+ " WHERE outcome IN ('SUCCEEDED', 'PARTIAL')"
				+ this.clusters.visible(visibility).and("cluster_id", args) + " ORDER BY cluster_id, started_at DESC",
				(rs) -> {
					JsonNode byCheck = JSON.readTree(rs.getString("counts")).path("byCheck");
					for (Map.Entry<String, JsonNode> entry : byCheck.properties()) {
						long[] total = counts.computeIfAbsent(entry.getKey(), (id) -> new long[2]);
						total[0] += entry.getValue().path(0).asLong();
						total[1] += entry.getValue().path(1).asLong();
					}
				}, args.toArray());
		List<CheckCounts> checks = new ArrayList<>();
		for (CheckDefinition check : this.catalog.definitions()) {
			long[] total = counts.getOrDefault(check.id(), new long[2]);
			checks.add(new CheckCounts(check.id(), check.title(), check.area().name(),
					check.severity().name().toLowerCase(Locale.ROOT), check.requirement(), check.rationale(),
					check.remediation(), check.references(), check.peers(), total[1], total[0]));
		}
		return checks;
	}

	@Transactional(readOnly = true)
	Trend trend(UUID cluster, LocalDate from, LocalDate to, Visibility visibility) {
		Map<LocalDate, Day> days = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.put(day, new Day(day, null, null, null, null, null));
		}
		List<Object> filterArgs = new ArrayList<>();
		String clusterFilter = "";
		if (cluster != null) {
			clusterFilter = " AND cluster_id = ?";
			filterArgs.add(cluster);
		}
		VisibleClusters visible = this.clusters.visible(visibility);
		clusterFilter += visible.and("cluster_id", filterArgs);
		List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
		args.addAll(filterArgs);
		this.jdbc.query("SELECT day, SUM(open_count) AS open, SUM(new_count + reopened_count) AS opened,"
				+ " SUM(resolved_count) AS resolved, SUM(fix_seconds_sum) AS fix, SUM(resolved_count) AS fixes"
				+ " FROM daily_rollup WHERE day BETWEEN ? AND ?" + clusterFilter + " GROUP BY day", (rs) -> {
					LocalDate day = rs.getDate("day").toLocalDate();
					long fixes = rs.getLong("fixes");
					Double meanHours = (fixes > 0) ? rs.getLong("fix") / (double) fixes / 3600.0 : null;
					days.put(day, new Day(day, rs.getLong("open"), rs.getLong("opened"), rs.getLong("resolved"),
							meanHours, null));
				}, args.toArray());
		List<Object> scoreArgs = new ArrayList<>(List.of(Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()),
				Timestamp.from(to.atStartOfDay(ZoneOffset.UTC).toInstant())));
		String scoreFilter = "";
		if (cluster != null) {
			scoreFilter = " AND c.id = ?";
			scoreArgs.add(cluster);
		}
		scoreFilter += visible.and("c.id", scoreArgs);
		// The last scan of each cluster and UTC day, one index probe each: a cluster
		// scanned every 5 minutes has 26,000 scores in 90 days, and 90 of them count.
		this.jdbc.query("SELECT (d.start AT TIME ZONE 'UTC')::date AS day, AVG(latest.score) AS score"
				+ " FROM generate_series(?::timestamptz, ?::timestamptz, interval '24 hours') d(start)"
				+ " CROSS JOIN cluster c CROSS JOIN LATERAL (SELECT s.score FROM cluster_score s"
				+ " WHERE s.cluster_id = c.id AND s.area = 'OVERALL' AND s.scanned_at >= d.start"
				+ " AND s.scanned_at < d.start + interval '24 hours' ORDER BY s.scanned_at DESC LIMIT 1) latest"
				+ " WHERE TRUE" + scoreFilter + " GROUP BY d.start", (rs) -> {
					LocalDate day = rs.getDate("day").toLocalDate();
					BigDecimal score = rs.getBigDecimal("score");
					Day known = days.get(day);
					if (known != null) {
						days.put(day, new Day(day, known.open(), known.opened(), known.resolved(),
								known.meanTimeToFixHours(), (score != null) ? score.doubleValue() : null));
					}
				}, scoreArgs.toArray());
		return new Trend(new ArrayList<>(days.values()));
	}

	record Grade(Double score, String grade) {
	}

	record ClusterScore(UUID clusterId, String name, String environment, String health, Double score, String grade,
			Map<String, Grade> areas) {
	}

	record Summary(int clusters, Map<String, Long> openBySeverity, List<ClusterScore> clusterScores) {
	}

	record CheckCounts(String id, String title, String area, String severity, String requirement, String rationale,
			String remediation, List<String> references, Map<String, String> peers, long failing, long passing) {
	}

	/** Days without a scan carry nulls: nothing is invented. */
	record Day(LocalDate day, Long open, Long opened, Long resolved, Double meanTimeToFixHours, Double score) {
	}

	record Trend(List<Day> days) {
	}

}
