package dev.fleetward.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.findings.internal.FindingEventPartitions;

/**
 * A large fleet written straight into PostgreSQL with set-based SQL: clusters, their
 * findings (every check of the catalog, mixed statuses, namespaces and kinds, spread over
 * 120 days), the events of those findings, scores per scan and daily rollups for 91 days.
 * Values come from hashes of the row's position, so every run seeds the same data.
 */
final class FindingsDataset {

	static final int CLUSTERS = 100;

	static final int FINDINGS_PER_CLUSTER = 10_000;

	/**
	 * Clusters scanned every 5 minutes (the default interval) for the whole 91 days; the
	 * others once an hour, which keeps seeding within a minute. The benchmark reads the
	 * first of them.
	 */
	static final int FIVE_MINUTE_CLUSTERS = 10;

	private static final int HISTORY_DAYS = 120;

	private static final int TREND_DAYS = 91;

	private final DataSource dataSource;

	FindingsDataset(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void seed() throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("SET TIME ZONE 'UTC'");
			sql.execute("SET synchronous_commit = off");
			// The rows are consistent by construction: skip a foreign-key check per row.
			sql.execute("SET session_replication_role = replica");
			sql.execute("SET maintenance_work_mem = '256MB'");
			timed("clusters", () -> sql.execute(CLUSTERS_SQL.formatted(CLUSTERS)));
			timed("findings", () -> withoutIndexes(connection, "finding", () -> insertFindings(connection)));
			timed("exemptions", () -> sql.execute(EXEMPTIONS_SQL));
			timed("finding events", () -> {
				createEventPartitions(sql);
				sql.execute(EVENTS_SQL);
			});
			timed("scores", () -> withoutIndexes(connection, "cluster_score",
					() -> sql.execute(SCORES_SQL.formatted(TREND_DAYS, FIVE_MINUTE_CLUSTERS))));
			timed("daily rollups", () -> sql.execute(ROLLUPS_SQL.formatted(TREND_DAYS)));
			// Autovacuum would have visited tables this size on a running server:
			// statistics
			// and the visibility map (for index-only scans) as production has them.
			timed("vacuum analyze", () -> sql.execute("VACUUM ANALYZE"));
			// Otherwise the checkpoint after gigabytes of writes lands in the first
			// measurement.
			timed("checkpoint", () -> sql.execute("CHECKPOINT"));
		}
	}

	private void insertFindings(Connection connection) throws SQLException {
		List<CheckDefinition> checks = List.copyOf(CheckCatalog.load().definitions());
		try (PreparedStatement insert = connection.prepareStatement(FINDINGS_SQL.formatted(FINDINGS_PER_CLUSTER))) {
			insert.setArray(1, texts(connection, checks.stream().map(CheckDefinition::id).toList()));
			insert.setArray(2, texts(connection, checks.stream().map((c) -> c.area().name()).toList()));
			insert.setArray(3, texts(connection, checks.stream().map((c) -> c.severity().name()).toList()));
			insert.setArray(4, texts(connection, checks.stream().map(CheckDefinition::title).toList()));
			insert.execute();
		}
	}

	private static Array texts(Connection connection, List<String> values) throws SQLException {
		return connection.createArrayOf("text", values.toArray());
	}

	/**
	 * Runs a bulk insert with the table's plain indexes (not those of its constraints)
	 * dropped and builds them again afterwards, several times faster than maintaining
	 * them row by row.
	 */
	private static void withoutIndexes(Connection connection, String table, SqlStep step) throws SQLException {
		List<String> definitions = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x
				WHERE x.indrelid = ?::regclass
				AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)""")) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					definitions.add(rows.getString(1));
				}
			}
		}
		try (Statement sql = connection.createStatement()) {
			for (String definition : definitions) {
				sql.execute("DROP INDEX " + definition.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2"));
			}
			step.run();
			for (String definition : definitions) {
				sql.execute(definition);
			}
		}
	}

	private static void createEventPartitions(Statement sql) throws SQLException {
		YearMonth now = YearMonth.now(ZoneOffset.UTC);
		for (YearMonth month = YearMonth.from(now.atDay(1).minusDays(HISTORY_DAYS)); !month
			.isAfter(now.plusMonths(1)); month = month.plusMonths(1)) {
			sql.execute("CREATE TABLE " + FindingEventPartitions.partitionName(month)
					+ " PARTITION OF finding_event FOR VALUES FROM ('" + month.atDay(1) + "T00:00:00Z') TO ('"
					+ month.plusMonths(1).atDay(1) + "T00:00:00Z')");
		}
	}

	private static void timed(String what, SqlStep step) throws SQLException {
		long start = System.nanoTime();
		step.run();
		System.out.printf("seeded %s in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
	}

	private interface SqlStep {

		void run() throws SQLException;

	}

	/**
	 * An active exemption for each exempted finding's object and check, as the API would
	 * have made them: an exempted finding without one is released by the app's exemption
	 * sweep within a minute, which would rewrite 50,000 findings during the measurements.
	 */
	private static final String EXEMPTIONS_SQL = """
			WITH made AS (
			    INSERT INTO exemption (check_pattern, cluster_pattern, namespace_pattern, name_pattern, owner, reason,
			        expires_at, approved_by, created_at)
			    SELECT DISTINCT f.check_id, c.name, coalesce(nullif(f.object_namespace, ''), '*'), f.object_name,
			        'platform', 'accepted risk (benchmark dataset)', now() + interval '300 days', 'admin',
			        now() - interval '30 days'
			    FROM finding f JOIN cluster c ON c.id = f.cluster_id WHERE f.status = 'EXEMPTED'
			    RETURNING id, check_pattern, cluster_pattern, namespace_pattern, name_pattern
			)
			UPDATE finding f SET exemption_id = m.id
			FROM made m JOIN cluster c ON c.name = m.cluster_pattern
			WHERE f.status = 'EXEMPTED' AND f.cluster_id = c.id AND f.check_id = m.check_pattern
			    AND coalesce(nullif(f.object_namespace, ''), '*') = m.namespace_pattern
			    AND f.object_name = m.name_pattern""";

	private static final String CLUSTERS_SQL = """
			INSERT INTO cluster (id, name, environment, team, server_url, credential_key_id, credential_ciphertext,
			    health, server_version, last_scan_at, last_complete_scan_at, created_at, updated_at)
			SELECT gen_random_uuid(), 'bench-' || lpad(n::text, 3, '0'),
			    (ARRAY['production', 'staging', 'development'])[1 + n %% 3],
			    (ARRAY['payments', 'search', 'platform', 'data', 'identity'])[1 + n %% 5],
			    'https://bench-' || n || '.example.com:6443', 'bench', '\\x00'::bytea, 'HEALTHY', 'v1.33.2',
			    now(), now(), now() - interval '1 year', now()
			FROM generate_series(1, %d) n""";

	/**
	 * 60% open, 30% resolved, 5% exempted, 5% retired; a tenth linked to a ticket; first
	 * seen within 120 days; resolutions somewhere between first sighting and now.
	 */
	private static final String FINDINGS_SQL = """
			WITH checks AS (
			    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
			        AS k(id, area, severity, title, n)
			), picks AS (
			    SELECT c.id AS cluster_id, c.name AS cluster_name, g, h, 1 + h %% (SELECT count(*) FROM checks) AS k,
			        CASE WHEN (h / 101) %% 100 < 60 THEN 'OPEN' WHEN (h / 101) %% 100 < 90 THEN 'RESOLVED'
			            WHEN (h / 101) %% 100 < 95 THEN 'EXEMPTED' ELSE 'RETIRED' END AS status,
			        now() - ((h / 10007) %% (120 * 24 * 60)) * interval '1 minute' AS first_seen,
			        ((h / 1000003) %% 1000) / 1000.0::float8 AS fraction
			    FROM cluster c CROSS JOIN generate_series(1, %d) g
			    CROSS JOIN LATERAL (SELECT abs(hashtextextended(c.name || ':' || g, 0)) AS h) hash
			), timed AS (
			    SELECT p.*, CASE WHEN status IN ('RESOLVED', 'RETIRED')
			        THEN first_seen + (now() - first_seen) * fraction END AS resolved
			    FROM picks p
			)
			INSERT INTO finding (fingerprint, cluster_id, check_id, area, severity, object_kind, object_namespace,
			    object_name, detail, status, message, evidence, first_seen_at, last_seen_at, opened_at, resolved_at,
			    resolution_reason, last_scan_id, ticket_system, ticket_key, ticket_url, ticket_status,
			    acknowledged_by, acknowledged_at, updated_at)
			SELECT encode(sha256(convert_to(t.cluster_id || ':' || k.id || ':' || t.g, 'UTF8')), 'hex'),
			    t.cluster_id, k.id, k.area, k.severity,
			    (ARRAY['Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Service', 'Namespace'])[1 + (h / 13) %% 6],
			    'team-' || (h / 7) %% 40, 'workload-' || t.g, CASE WHEN h %% 3 = 0 THEN '' ELSE 'app-' || h %% 3 END,
			    t.status, k.title || ': workload-' || t.g || ' in team-' || (h / 7) %% 40,
			    jsonb_build_object('container', 'app-' || h %% 3, 'image', 'registry.example.com/app:' || h %% 50),
			    first_seen, coalesce(resolved, now() - (h %% 60) * interval '1 minute'), first_seen, resolved,
			    CASE t.status WHEN 'RESOLVED' THEN 'FIXED' WHEN 'RETIRED' THEN 'CHECK_REMOVED' END, h %% 100000,
			    CASE WHEN h %% 10 = 0 THEN 'jira' END, CASE WHEN h %% 10 = 0 THEN 'PLAT-' || h %% 9000 END,
			    CASE WHEN h %% 10 = 0 THEN 'https://jira.example.com/browse/PLAT-' || h %% 9000 END,
			    CASE WHEN h %% 10 = 0 THEN 'In Progress' END,
			    CASE WHEN h %% 20 = 1 THEN 'alice' END, CASE WHEN h %% 20 = 1 THEN first_seen + interval '1 day' END,
			    coalesce(resolved, first_seen)
			FROM timed t JOIN checks k ON k.n = t.k""";

	/** An OPENED event for every finding, and the transition that left it where it is. */
	private static final String EVENTS_SQL = """
			INSERT INTO finding_event (finding_id, cluster_id, check_id, type, at, scan_id)
			SELECT id, cluster_id, check_id, 'OPENED', first_seen_at, last_scan_id FROM finding
			UNION ALL
			SELECT id, cluster_id, check_id, status, coalesce(resolved_at, updated_at), last_scan_id
			FROM finding WHERE status <> 'OPEN'""";

	private static final String SCORES_SQL = """
			INSERT INTO cluster_score (cluster_id, scan_id, scanned_at, area, score, grade, passed_weight,
			    failed_weight, passed, failed, exempted)
			SELECT c.id, s.n, s.at, a.area, v.score,
			    CASE WHEN v.score >= 90 THEN 'A' WHEN v.score >= 80 THEN 'B' WHEN v.score >= 70 THEN 'C'
			        WHEN v.score >= 60 THEN 'D' ELSE 'F' END,
			    (v.score * 10)::int, ((100 - v.score) * 10)::int, (v.score * 4)::int, ((100 - v.score) * 4)::int, 3
			FROM (SELECT id, row_number() OVER (ORDER BY name) AS rank FROM cluster) c
			CROSS JOIN LATERAL (
			    SELECT row_number() OVER () AS n, at FROM generate_series(date_trunc('hour', now())
			        - interval '%d days', now(), CASE WHEN c.rank <= %d THEN interval '5 minutes'
			        ELSE interval '1 hour' END) at
			) s
			CROSS JOIN unnest(ARRAY['OVERALL', 'HA', 'NETWORKING', 'STORAGE', 'SECURITY']) a(area)
			CROSS JOIN LATERAL (SELECT round((72 + 18 * sin(extract(epoch FROM s.at) / 864000.0 + c.rank
			    + length(a.area)))::numeric, 1) AS score) v""";

	private static final String ROLLUPS_SQL = """
			INSERT INTO daily_rollup (day, cluster_id, area, severity, open_count, exempted_count, new_count,
			    reopened_count, resolved_count, retired_count, fix_seconds_sum, updated_at)
			SELECT d.day::date, c.id, a.area, s.severity, 20 + h %% 40, h %% 4, h %% 7, h %% 2, h %% 6, h %% 2,
			    (h %% 6) * 86400 * (1 + h %% 9), now()
			FROM cluster c
			CROSS JOIN generate_series(current_date - %d, current_date, interval '1 day') d(day)
			CROSS JOIN unnest(ARRAY['HA', 'NETWORKING', 'STORAGE', 'SECURITY']) a(area)
			CROSS JOIN unnest(ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']) s(severity)
			CROSS JOIN LATERAL (SELECT abs(hashtext(c.name || d.day || a.area || s.severity)) AS h) hash""";

}
