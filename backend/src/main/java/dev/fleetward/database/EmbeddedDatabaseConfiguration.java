package dev.fleetward.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no datasource configured, Fleetward starts its own PostgreSQL so that the first
 * run needs nothing installed. Production points {@code FLEETWARD_DB_URL} at a real
 * server, and then none of this runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static Path ephemeralDir;

	@Bean
	DataSource dataSource(DatabaseProperties properties) {
		Path dir = properties.ephemeral() ? ephemeralDirectory() : properties.embeddedDataDir();
		EmbeddedPostgres postgres = EmbeddedPostgresServer.obtain(dir);
		log.info(
				"No database configured: using the embedded PostgreSQL on port {} with data in {}"
						+ " (set FLEETWARD_DB_URL to use your own server)",
				postgres.getPort(), dir.toAbsolutePath().normalize());
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		pool.setUsername("postgres");
		pool.setPoolName("fleetward-embedded");
		pool.setMaximumPoolSize(20);
		return pool;
	}

	private static synchronized Path ephemeralDirectory() {
		if (ephemeralDir == null) {
			try {
				ephemeralDir = Files.createTempDirectory("fleetward-pg-").resolve("data");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return ephemeralDir;
	}

}
