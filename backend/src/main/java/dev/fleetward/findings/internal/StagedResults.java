package dev.fleetward.findings.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.checks.Area;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.findings.Fingerprint;

/**
 * Streams one scan's results into the transaction-local table {@code scan_result} with
 * COPY, so the reconcile can work set-based in SQL instead of row by row. FAIL rows carry
 * everything a finding needs; the others only what resolution needs (fingerprint and
 * verdict).
 */
final class StagedResults {

	/**
	 * Created once per pooled connection and emptied at every commit (and by rollback),
	 * so scans do not churn the system catalog with a new table each time.
	 */
	static final String CREATE = """
			CREATE TEMP TABLE IF NOT EXISTS scan_result (
			    fingerprint  TEXT COLLATE "C" NOT NULL,
			    result       TEXT NOT NULL,
			    check_id     TEXT NOT NULL,
			    area         TEXT,
			    severity     TEXT,
			    kind         TEXT,
			    namespace    TEXT,
			    name         TEXT,
			    detail       TEXT,
			    message      TEXT,
			    evidence     JSONB,
			    exemption_id BIGINT
			) ON COMMIT DELETE ROWS""";

	private static final String COPY = "COPY scan_result (fingerprint, result, check_id, area, severity, kind, "
			+ "namespace, name, detail, message, evidence) FROM STDIN WITH (FORMAT csv)";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int FLUSH_CHARS = 1 << 16;

	private StagedResults() {
	}

	/**
	 * Creates the table on first use in a session, with local buffers big enough for a
	 * large scan (the default 8 MB would spill it to disk). The buffer size can only be
	 * set before a session first touches a temporary table.
	 */
	static void create(JdbcTemplate jdbc) {
		Boolean exists = jdbc.queryForObject("SELECT to_regclass('pg_temp.scan_result') IS NOT NULL", Boolean.class);
		if (!Boolean.TRUE.equals(exists)) {
			jdbc.execute("SET temp_buffers = '64MB'");
			jdbc.execute(CREATE);
		}
	}

	/**
	 * One result per fingerprint, keyed by it. Should a scan ever judge the same thing
	 * twice, the gravest verdict wins: FAIL over UNKNOWN (which protects a finding) over
	 * the verdicts that resolve.
	 */
	static Map<String, CheckResult> byFingerprint(UUID clusterId, Collection<CheckResult> results) {
		Map<String, CheckResult> byFingerprint = new LinkedHashMap<>();
		for (CheckResult result : results) {
			byFingerprint.merge(Fingerprint.of(clusterId, result), result, (a, b) -> (gravity(b) > gravity(a)) ? b : a);
		}
		return byFingerprint;
	}

	static long copy(Connection connection, Map<String, CheckResult> results, Function<String, Area> areaOf)
			throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
		try {
			StringBuilder csv = new StringBuilder(FLUSH_CHARS + 4096);
			for (Map.Entry<String, CheckResult> entry : results.entrySet()) {
				appendRow(csv, entry.getKey(), entry.getValue(), areaOf);
				if (csv.length() >= FLUSH_CHARS) {
					write(copy, csv);
				}
			}
			write(copy, csv);
			return copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void appendRow(StringBuilder csv, String fingerprint, CheckResult result,
			Function<String, Area> areaOf) {
		boolean fail = result.status() == CheckStatus.FAIL;
		field(csv, fingerprint).append(',');
		field(csv, result.status().name()).append(',');
		field(csv, result.checkId()).append(',');
		if (fail) {
			field(csv, areaOf.apply(result.checkId()).name()).append(',');
			field(csv, result.severity().name()).append(',');
			field(csv, result.object().kind()).append(',');
			field(csv, result.object().namespace()).append(',');
			field(csv, result.object().name()).append(',');
			field(csv, result.detail()).append(',');
			field(csv, (result.message() != null) ? result.message() : "").append(',');
			// Sorted, so the same evidence is the same JSON text scan after scan.
			field(csv, JSON.writeValueAsString(new TreeMap<>(result.evidence())));
		}
		else {
			// Unquoted empty fields are NULL in CSV COPY.
			csv.append(",,,,,,,");
		}
		csv.append('\n');
	}

	private static StringBuilder field(StringBuilder csv, String value) {
		csv.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				csv.append('"');
			}
			// NUL cannot be stored in a PostgreSQL text value.
			if (c != '\0') {
				csv.append(c);
			}
		}
		return csv.append('"');
	}

	private static void write(CopyIn copy, StringBuilder csv) throws SQLException {
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		csv.setLength(0);
	}

	private static int gravity(CheckResult result) {
		return switch (result.status()) {
			case FAIL -> 3;
			case UNKNOWN -> 2;
			case NOT_APPLICABLE -> 1;
			case PASS -> 0;
		};
	}

}
