package dev.fleetward.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar in a process of its own, against a PostgreSQL it is given, as
 * production runs it. Scans are off: the benchmark measures the API over seeded data, and
 * the seeded clusters point at hosts that do not exist.
 */
final class FleetwardJar implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final String baseUrl;

	private FleetwardJar(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.baseUrl = "http://localhost:" + port;
	}

	static FleetwardJar start(Path jar, String jdbcUrl, String bootstrapToken, Path dataDir)
			throws IOException, InterruptedException {
		if (!Files.exists(jar)) {
			throw new IllegalStateException("Build the jar first (./mvnw package): " + jar.toAbsolutePath());
		}
		int port = freePort();
		Path log = dataDir.resolve("fleetward.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
				"--server.port=" + port, "--db-scheduler.enabled=false"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("FLEETWARD_DB_URL", jdbcUrl);
		builder.environment().put("FLEETWARD_DB_USER", "postgres");
		builder.environment().put("FLEETWARD_DATA_DIR", dataDir.toString());
		builder.environment().put("FLEETWARD_BOOTSTRAP_TOKEN", bootstrapToken);
		builder.environment().put("FLEETWARD_ADMIN_PASSWORD", "benchmark-only");
		FleetwardJar app = new FleetwardJar(builder.start(), log, port);
		app.awaitApi(bootstrapToken, Duration.ofMinutes(3));
		return app;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Waits until an API call with the token answers, which is after the token exists.
	 */
	private void awaitApi(String token, Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest me = HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/me"))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Fleetward exited during start-up:\n" + Files.readString(this.log));
			}
			try {
				if (http.send(me, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(
				"Fleetward did not answer within " + timeout + ":\n" + Files.readString(this.log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
