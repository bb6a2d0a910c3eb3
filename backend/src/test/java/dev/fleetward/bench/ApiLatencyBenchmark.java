package dev.fleetward.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.findings.internal.FindingCursor;

/**
 * API latency with 1,000,000 findings: seeds an embedded PostgreSQL, starts the packaged
 * jar against it and puts each read the dashboard and integrations make under load with
 * {@code wrk}. Prints a Markdown row per target for BENCHMARKS.md and fails when a p99
 * exceeds {@value #P99_BUDGET_MILLIS} ms. Run with {@code ./mvnw -B -pl backend -am
 * -Dskip.npm -Pbench -DskipTests -Dbench.scan.skip verify}.
 */
public final class ApiLatencyBenchmark {

	static final double P99_BUDGET_MILLIS = 50;

	private static final int THREADS = 2;

	private static final int CONNECTIONS = 8;

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final Duration MEASURE = Duration.ofSeconds(20);

	/** The deep page starts after this many findings of the default order. */
	private static final int DEEP = 900_000;

	private static final int TREND_DAYS = 90;

	private ApiLatencyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Wrk.requireInstalled();
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		Path jar = Path.of(args[0]);
		Path work = Files.createTempDirectory("fleetward-api-bench");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("postgres"))
			.setCleanDataDirectory(true)
			.setServerConfig("max_connections", "200")
			.start()) {
			Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			new FindingsDataset(postgres.getPostgresDatabase()).seed();
			JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
			String token = "bench-" + UUID.randomUUID() + UUID.randomUUID();
			try (FleetwardJar app = FleetwardJar.start(jar, postgres.getJdbcUrl("postgres", "postgres"), token, work)) {
				Map<String, String> targets = targets(jdbc, app.baseUrl());
				measure(targets, token);
			}
		}
	}

	private static Map<String, String> targets(JdbcTemplate jdbc, String base) {
		UUID cluster = jdbc.queryForObject("SELECT id FROM cluster ORDER BY name LIMIT 1", UUID.class);
		Map<String, Object> deep = jdbc
			.queryForMap("SELECT severity_rank, id FROM finding ORDER BY severity_rank, id OFFSET ? LIMIT 1", DEEP - 1);
		String cursor = new FindingCursor("severity", ((Number) deep.get("severity_rank")).longValue(),
				((Number) deep.get("id")).longValue())
			.encode();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String from = today.minusDays(TREND_DAYS - 1).toString();
		Map<String, String> targets = new LinkedHashMap<>();
		targets.put("findings, first page (fleet-wide, default order)", base + "/api/v1/findings");
		targets.put("findings, first page, `severity=high&status=OPEN`",
				base + "/api/v1/findings?severity=high&status=OPEN");
		targets.put("findings, first page of one cluster (`cluster=…`)", base + "/api/v1/findings?cluster=" + cluster);
		targets.put("findings, first page, `sort=age`", base + "/api/v1/findings?sort=age");
		targets.put("findings, page after " + String.format("%,d", DEEP) + " findings (`cursor=…`)",
				base + "/api/v1/findings?cursor=" + cursor);
		targets.put("cluster trend, " + TREND_DAYS + " days (`/api/v1/trends?cluster=…`)",
				base + "/api/v1/trends?cluster=" + cluster + "&from=" + from);
		targets.put("dashboard chart of one cluster, " + TREND_DAYS + " days (`/api/v1/fleet/trend?cluster=…`)",
				base + "/api/v1/fleet/trend?cluster=" + cluster + "&from=" + from);
		targets.put("fleet page (`/api/v1/fleet/summary`)", base + "/api/v1/fleet/summary");
		return targets;
	}

	private static void measure(Map<String, String> targets, String token) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (Map.Entry<String, String> target : targets.entrySet()) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(target.getValue()))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().startsWith("{\"items\":[]")) {
				throw new IllegalStateException(target.getKey() + " answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
		}
		Wrk wrk = new Wrk(THREADS, CONNECTIONS, token);
		List<String> rows = new ArrayList<>();
		List<String> over = new ArrayList<>();
		// Every path compiled by the JIT before anything is measured.
		for (String url : targets.values()) {
			wrk.run(url, WARM_UP);
		}
		List<String> loads = new ArrayList<>();
		for (Map.Entry<String, String> target : targets.entrySet()) {
			Wrk.Result result = wrk.run(target.getValue(), MEASURE);
			loads.add(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
			String row = String.format("| %s | %,.0f | %.1f ms | %.1f ms |", target.getKey(),
					result.requestsPerSecond(), result.p50Millis(), result.p99Millis());
			System.out.println(row);
			rows.add(row);
			if (result.p99Millis() > P99_BUDGET_MILLIS) {
				over.add(target.getKey());
			}
		}
		// Other work on the machine shows in the figures: say how busy it was.
		System.out.printf("%nwrk -t%d -c%d -d%ds after a %ds warm-up of each, %d cores, load average after each: %s%n",
				THREADS, CONNECTIONS, MEASURE.toSeconds(), WARM_UP.toSeconds(),
				Runtime.getRuntime().availableProcessors(), loads);
		System.out.println("| target | requests/s | p50 | p99 |");
		System.out.println("|---|---|---|---|");
		rows.forEach(System.out::println);
		if (!over.isEmpty()) {
			throw new IllegalStateException("p99 above " + P99_BUDGET_MILLIS + " ms: " + over);
		}
	}

}
