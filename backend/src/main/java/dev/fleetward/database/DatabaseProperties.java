package dev.fleetward.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param embeddedDataDir the data directory; kept across restarts
 * @param ephemeral use a fresh temporary directory instead (tests)
 */
@ConfigurationProperties("fleetward.database")
public record DatabaseProperties(@DefaultValue("./data/postgres") Path embeddedDataDir,
		@DefaultValue("false") boolean ephemeral) {
}
