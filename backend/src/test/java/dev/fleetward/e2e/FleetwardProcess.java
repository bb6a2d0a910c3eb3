package dev.fleetward.e2e;

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
 * The packaged Fleetward jar, started the way a user starts it, on a free port with its
 * own data directory (and so its own embedded PostgreSQL).
 */
final class FleetwardProcess implements AutoCloseable {

	private final Path dataDir;

	private final Path logFile;

	private final int port;

	private Process process;

	FleetwardProcess(Path dataDir, Path logFile) throws IOException {
		this.dataDir = dataDir;
		this.logFile = logFile;
		this.port = freePort();
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	void start() throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("fleetward.jar", "target/fleetward.jar"));
		if (!Files.exists(jar)) {
			throw new IllegalStateException("Build the jar first (./mvnw package): " + jar.toAbsolutePath());
		}
		Files.createDirectories(this.logFile.getParent());
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(
				List.of(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + this.port))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
		builder.environment().put("FLEETWARD_DATA_DIR", this.dataDir.toAbsolutePath().toString());
		builder.environment().remove("FLEETWARD_DB_URL");
		builder.environment().remove("FLEETWARD_ADMIN_PASSWORD");
		this.process = builder.start();
		awaitHealthy(Duration.ofMinutes(3));
	}

	String log() throws IOException {
		return Files.exists(this.logFile) ? Files.readString(this.logFile) : "";
	}

	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Fleetward exited during start-up:\n" + log());
			}
			try {
				HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Fleetward did not become healthy within " + timeout + ":\n" + log());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
