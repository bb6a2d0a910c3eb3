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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.findings.internal.FindingCursor;

/**
 * API latency with 1,000,000 findings: seeds an embedded PostgreSQL, starts the packaged
 * jar against it and puts each read the dashboard and integrations make under load with
 * {@code wrk}. Prints a Markdown row per target for BENCHMARKS.md and fails when a p99
 * exceeds {@value #P99_BUDGET_MILLIS} ms at the budget's load. Run with {@code ./mvnw -B
 * -pl backend -am -Dskip.npm -Pbench -DskipTests -Dbench.scan.skip verify}.
 * <p>
 * The app, its PostgreSQL and wrk share this machine's cores. The budget holds at
 * {@value #BUDGET_CONNECTIONS} connections, two per core of a 2-core machine, which keeps
 * every core busy (the rate barely grows with more); {@value #STRESS_CONNECTIONS}
 * connections are measured and reported too, where latency is mostly the queue for a
 * core.
 */
public final class ApiLatencyBenchmark {

	static final double P99_BUDGET_MILLIS = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One wrk thread drives four or eight connections easily; a second one would only
	 * take a core from the app and its database, which a load tool on another machine
	 * would not.
	 */
	private static final int THREADS = 1;

	private static final int BUDGET_CONNECTIONS = 4;

	private static final int STRESS_CONNECTIONS = 8;

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final Duration MEASURE = Duration.ofSeconds(10);

	/**
	 * Runs per target at each load; the median run is reported and judged, so one
	 * autovacuum or checkpoint landing in a run does not decide, and the worst is shown.
	 */
	private static final int RUNS = 3;

	/** The team a scoped integration token sees: a fifth of the fleet. */
	private static final String TEAM = "payments";

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
				String teamToken = teamToken(app.baseUrl(), token);
				Map<String, Target> targets = targets(jdbc, app.baseUrl(), token, teamToken);
				check(targets);
				List<String> over = new ArrayList<>();
				for (int connections : List.of(BUDGET_CONNECTIONS, STRESS_CONNECTIONS)) {
					List<String> slow = measure(targets, connections);
					if (connections == BUDGET_CONNECTIONS) {
						over.addAll(slow);
					}
				}
				if (!over.isEmpty()) {
					throw new IllegalStateException("p99 above " + P99_BUDGET_MILLIS + " ms at " + BUDGET_CONNECTIONS
							+ " connections: " + over);
				}
			}
		}
	}

	/**
	 * A read token that sees only {@value #TEAM}'s clusters, as a team's integration
	 * would hold.
	 */
	private static String teamToken(String base, String adminToken) throws Exception {
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
				.header("Authorization", "Bearer " + adminToken)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench-" + TEAM + "\",\"scopes\":[\"read\"],"
						+ "\"teams\":[\"" + TEAM + "\"],\"expiresInDays\":1}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("Could not create the team token: " + created.body());
		}
		return JSON.readTree(created.body()).get("value").asString();
	}

	private static Map<String, Target> targets(JdbcTemplate jdbc, String base, String token, String teamToken) {
		UUID cluster = jdbc.queryForObject("SELECT id FROM cluster ORDER BY name LIMIT 1", UUID.class);
		Map<String, Object> deep = jdbc
			.queryForMap("SELECT severity_rank, id FROM finding ORDER BY severity_rank, id OFFSET ? LIMIT 1", DEEP - 1);
		String cursor = new FindingCursor("severity", ((Number) deep.get("severity_rank")).longValue(),
				((Number) deep.get("id")).longValue())
			.encode();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String from = today.minusDays(TREND_DAYS - 1).toString();
		Map<String, Target> targets = new LinkedHashMap<>();
		targets.put("findings, first page (fleet-wide, default order)", new Target(base + "/api/v1/findings", token));
		targets.put("findings, first page, `severity=high&status=OPEN`",
				new Target(base + "/api/v1/findings?severity=high&status=OPEN", token));
		targets.put("findings, first page of one cluster (`cluster=…`)",
				new Target(base + "/api/v1/findings?cluster=" + cluster, token));
		targets.put("findings, first page, `sort=age`", new Target(base + "/api/v1/findings?sort=age", token));
		targets.put("findings, page after " + String.format("%,d", DEEP) + " findings (`cursor=…`)",
				new Target(base + "/api/v1/findings?cursor=" + cursor, token));
		targets.put("cluster trend, " + TREND_DAYS + " days (`/api/v1/trends?cluster=…`)",
				new Target(base + "/api/v1/trends?cluster=" + cluster + "&from=" + from, token));
		targets.put("dashboard chart of one cluster, " + TREND_DAYS + " days (`/api/v1/fleet/trend?cluster=…`)",
				new Target(base + "/api/v1/fleet/trend?cluster=" + cluster + "&from=" + from, token));
		targets.put("fleet page (`/api/v1/fleet/summary`)", new Target(base + "/api/v1/fleet/summary", token));
		targets.put("findings, first page, token of one team (20 clusters)",
				new Target(base + "/api/v1/findings", teamToken));
		targets.put("findings, first page, one team, `severity=high&status=OPEN`",
				new Target(base + "/api/v1/findings?severity=high&status=OPEN", teamToken));
		targets.put("fleet page, one team", new Target(base + "/api/v1/fleet/summary", teamToken));
		return targets;
	}

	/** Every target answers 200 with something in it before anything is timed. */
	private static void check(Map<String, Target> targets) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (Map.Entry<String, Target> target : targets.entrySet()) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(target.getValue().url()))
				.header("Authorization", "Bearer " + target.getValue().token())
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().startsWith("{\"items\":[]")) {
				throw new IllegalStateException(target.getKey() + " answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
		}
	}

	/** Measures every target at one load; answers the targets over budget. */
	private static List<String> measure(Map<String, Target> targets, int connections) throws Exception {
		Wrk wrk = new Wrk(THREADS, connections, "");
		// Every path compiled by the JIT before anything is measured.
		for (Target target : targets.values()) {
			wrk.as(target.token()).run(target.url(), WARM_UP);
		}
		List<String> rows = new ArrayList<>();
		List<String> over = new ArrayList<>();
		List<String> loads = new ArrayList<>();
		for (Map.Entry<String, Target> target : targets.entrySet()) {
			List<Wrk.Result> runs = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				runs.add(wrk.as(target.getValue().token()).run(target.getValue().url(), MEASURE));
			}
			runs.sort(Comparator.comparingDouble(Wrk.Result::p99Millis));
			Wrk.Result result = runs.get(RUNS / 2);
			loads.add(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
			rows.add(String.format("| %s | %,.0f | %.1f ms | %.1f ms | %.1f ms |", target.getKey(),
					result.requestsPerSecond(), result.p50Millis(), result.p99Millis(),
					runs.get(RUNS - 1).p99Millis()));
			if (result.p99Millis() > P99_BUDGET_MILLIS) {
				over.add(target.getKey());
			}
		}
		// Other work on the machine shows in the figures: say how busy it was.
		System.out.printf(
				"%nwrk -t%d -c%d, %d runs of %ds after a %ds warm-up of each, %d cores, load average after each: %s%n",
				THREADS, connections, RUNS, MEASURE.toSeconds(), WARM_UP.toSeconds(),
				Runtime.getRuntime().availableProcessors(), loads);
		System.out.println("| target | requests/s | p50 | p99 | worst p99 |");
		System.out.println("|---|---|---|---|---|");
		rows.forEach(System.out::println);
		return over;
	}

	private record Target(String url, String token) {
	}

}
