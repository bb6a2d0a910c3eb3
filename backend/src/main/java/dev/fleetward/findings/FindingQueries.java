package dev.fleetward.findings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.checks.CheckDefinition;
import dev.fleetward.checks.Severity;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.VisibleClusters;
import dev.fleetward.findings.internal.FindingCursor;
import dev.fleetward.security.Visibility;
import dev.fleetward.web.InvalidInputException;

/**
 * Reads findings for the API and the dashboard: filtered, keyset-paged lists and one
 * finding with its history. Plain SQL on the indexes the list orders by, so a deep page
 * costs what the first one does. Every read is limited to the clusters the caller may
 * see; a finding outside them reads as absent.
 */
@Service
public class FindingQueries {

	static final Set<String> AREAS = Set.of("HA", "NETWORKING", "STORAGE", "SECURITY");

	static final Set<String> SEVERITIES = Set.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO");

	static final Set<String> STATUSES = Set.of("OPEN", "RESOLVED", "EXEMPTED", "RETIRED");

	static final int MAX_LIMIT = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> EVIDENCE = new TypeReference<>() {
	};

	private static final String COLUMNS = "f.id, f.cluster_id, c.name AS cluster_name, c.environment, f.check_id,"
			+ " f.area, f.severity, f.severity_rank, f.status, f.object_kind, f.object_namespace, f.object_name,"
			+ " f.detail, f.message, f.first_seen_at, f.last_seen_at, f.updated_at, f.resolved_at,"
			+ " f.resolution_reason, f.ticket_system, f.ticket_key, f.ticket_url, f.ticket_status,"
			+ " f.acknowledged_by, f.acknowledged_at";

	private final JdbcTemplate jdbc;

	private final CheckCatalog catalog;

	private final ClusterRegistry clusters;

	FindingQueries(JdbcTemplate jdbc, CheckCatalog catalog, ClusterRegistry clusters) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clusters = clusters;
	}

	public FindingPage list(FindingQuery query, Visibility visibility) {
		return list(query, this.clusters.visible(visibility));
	}

	/** For callers that read many pages: the visible clusters are looked up once. */
	public FindingPage list(FindingQuery query, VisibleClusters visible) {
		// Refused rather than clamped: an integration asking for 1000 would otherwise
		// take a short page for the whole list.
		if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be from 1 to " + MAX_LIMIT);
		}
		String sort = sortOf(query);
		String order = switch (sort) {
			case "severity" -> " ORDER BY f.severity_rank, f.id";
			case "age" -> " ORDER BY f.first_seen_at, f.id";
			default -> " ORDER BY f.updated_at, f.id";
		};
		int limit = query.limit();
		StringBuilder ofFinding = new StringBuilder();
		List<Object> findingArgs = new ArrayList<>();
		findingFilter(query, ofFinding, findingArgs);
		if (query.cursor() != null && !query.cursor().isBlank()) {
			FindingCursor cursor = FindingCursor.parse(query.cursor(), sort);
			switch (sort) {
				case "severity" -> ofFinding.append(" AND (f.severity_rank, f.id) > (?, ?)");
				case "age" -> ofFinding.append(" AND (f.first_seen_at, f.id) > (?, ?)");
				default -> ofFinding.append(" AND (f.updated_at, f.id) > (?, ?)");
			}
			findingArgs
				.add(sort.equals("severity") ? (Object) (int) cursor.key() : Timestamp.from(micros(cursor.key())));
			findingArgs.add(cursor.id());
		}
		StringBuilder ofCluster = new StringBuilder();
		List<Object> clusterArgs = new ArrayList<>();
		clusterFilter(query, ofCluster, clusterArgs);
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
		List<Object> args = new ArrayList<>();
		if (visible.isAll()) {
			sql.append(" FROM finding f JOIN cluster c ON c.id = f.cluster_id WHERE TRUE").append(ofFinding);
			args.addAll(findingArgs);
		}
		else {
			// Page by page within each visible cluster (an index scan of its own findings
			// in list order, at most one page long), then merged: the cost follows the
			// number of clusters, not of findings, whether a team holds a few findings or
			// most of them. Cluster filters hold for all of a cluster's findings or none,
			// so they can apply after the inner limit.
			sql.append(" FROM unnest(?::uuid[]) AS v(id) CROSS JOIN LATERAL (SELECT f.* FROM finding f")
				.append(" WHERE f.cluster_id = v.id")
				.append(ofFinding)
				.append(order)
				.append(" LIMIT ")
				.append(limit + 1)
				.append(") f JOIN cluster c ON c.id = f.cluster_id WHERE TRUE");
			args.add(visible.ids().stream().map(UUID::toString).toArray(String[]::new));
			args.addAll(findingArgs);
		}
		sql.append(ofCluster).append(order).append(" LIMIT ").append(limit + 1);
		args.addAll(clusterArgs);
		List<Row> rows = this.jdbc.query(sql.toString(), this::row, args.toArray());
		boolean more = rows.size() > limit;
		List<Row> page = more ? rows.subList(0, limit) : rows;
		String next = null;
		if (more) {
			Row last = page.get(page.size() - 1);
			long key = switch (sort) {
				case "severity" -> last.severityRank();
				case "age" -> micros(last.view().firstSeenAt());
				default -> micros(last.view().updatedAt());
			};
			next = new FindingCursor(sort, key, last.view().id()).encode();
		}
		return new FindingPage(page.stream().map(Row::view).toList(), next);
	}

	public Optional<FindingDetail> detail(long id, Visibility visibility) {
		List<Object> args = new ArrayList<>(List.of(id));
		String visible = this.clusters.visible(visibility).and("f.cluster_id", args);
		List<Object[]> rows = this.jdbc.query(
				"SELECT " + COLUMNS + ", f.evidence::text AS evidence FROM finding f JOIN cluster c"
						+ " ON c.id = f.cluster_id WHERE f.id = ?" + visible,
				(rs, n) -> new Object[] { row(rs, n), rs.getString("evidence") }, args.toArray());
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		FindingView view = ((Row) rows.get(0)[0]).view();
		Map<String, String> evidence = JSON.readValue((String) rows.get(0)[1], EVIDENCE);
		List<FindingDetail.Event> events = this.jdbc.query(
				"SELECT type, at, reason FROM finding_event WHERE finding_id = ? ORDER BY at, id",
				(rs, n) -> new FindingDetail.Event(rs.getString("type"), rs.getTimestamp("at").toInstant(),
						rs.getString("reason")),
				id);
		Optional<CheckDefinition> check = this.catalog.definition(view.checkId());
		return Optional.of(new FindingDetail(view, evidence, check.map(CheckDefinition::rationale).orElse(""),
				check.map(CheckDefinition::remediation).orElse(""),
				check.map(CheckDefinition::references).orElse(List.of()), events));
	}

	/** Conditions on the cluster, true for all of its findings or for none. */
	private static void clusterFilter(FindingQuery query, StringBuilder sql, List<Object> args) {
		if (present(query.environment())) {
			sql.append(" AND c.environment = ?");
			args.add(query.environment());
		}
		if (present(query.team())) {
			sql.append(" AND c.team = ?");
			args.add(query.team());
		}
	}

	private static void findingFilter(FindingQuery query, StringBuilder sql, List<Object> args) {
		if (query.cluster() != null) {
			sql.append(" AND f.cluster_id = ?");
			args.add(query.cluster());
		}
		if (present(query.area())) {
			sql.append(" AND f.area = ?");
			args.add(oneOf("area", query.area(), AREAS));
		}
		if (present(query.severity())) {
			// The rank stands one to one for the severity (V3 derives it in Severity's
			// order), and the indexes the list walks hold the rank: the page comes out in
			// order, and the planner does not misjudge two correlated conditions.
			sql.append(" AND f.severity_rank = ?");
			args.add(Severity.valueOf(oneOf("severity", query.severity(), SEVERITIES)).ordinal());
		}
		if (present(query.status())) {
			sql.append(" AND f.status = ?");
			args.add(oneOf("status", query.status(), STATUSES));
		}
		if (present(query.check())) {
			sql.append(" AND f.check_id = ?");
			args.add(query.check());
		}
		if (present(query.namespace())) {
			sql.append(" AND f.object_namespace = ?");
			args.add(query.namespace());
		}
		if (present(query.text())) {
			sql.append(" AND (f.message ILIKE ? OR f.object_name ILIKE ? OR f.check_id ILIKE ?)");
			String like = "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			args.add(like);
			args.add(like);
			args.add(like);
		}
		if (query.since() != null) {
			sql.append(" AND f.first_seen_at >= ?");
			args.add(Timestamp.from(query.since()));
		}
		if (query.updatedSince() != null) {
			sql.append(" AND f.updated_at > ?");
			args.add(Timestamp.from(query.updatedSince()));
		}
	}

	private static String sortOf(FindingQuery query) {
		String sort = present(query.sort()) ? query.sort().toLowerCase(Locale.ROOT)
				: (query.updatedSince() != null) ? "updated" : "severity";
		if (!Set.of("severity", "age", "updated").contains(sort)) {
			throw new InvalidInputException("sort", "must be severity, age or updated");
		}
		return sort;
	}

	private static String oneOf(String field, String value, Set<String> allowed) {
		String upper = value.toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			throw new InvalidInputException(field, "must be one of " + allowed.stream().sorted().toList());
		}
		return upper;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static long micros(Instant instant) {
		return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
	}

	private static Instant micros(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000);
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String checkId = rs.getString("check_id");
		String ticketKey = rs.getString("ticket_key");
		FindingView.Ticket ticket = (ticketKey != null) ? new FindingView.Ticket(rs.getString("ticket_system"),
				ticketKey, rs.getString("ticket_url"), rs.getString("ticket_status")) : null;
		FindingView view = new FindingView(rs.getLong("id"), rs.getObject("cluster_id", UUID.class),
				rs.getString("cluster_name"), rs.getString("environment"), checkId,
				this.catalog.definition(checkId).map(CheckDefinition::title).orElse(checkId), rs.getString("area"),
				rs.getString("severity").toLowerCase(Locale.ROOT), rs.getString("status"), rs.getString("object_kind"),
				rs.getString("object_namespace"), rs.getString("object_name"), rs.getString("detail"),
				rs.getString("message"), instant(rs, "first_seen_at"), instant(rs, "last_seen_at"),
				instant(rs, "updated_at"), instant(rs, "resolved_at"), rs.getString("resolution_reason"), ticket,
				rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"));
		return new Row(view, rs.getInt("severity_rank"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private record Row(FindingView view, int severityRank) {
	}

}
