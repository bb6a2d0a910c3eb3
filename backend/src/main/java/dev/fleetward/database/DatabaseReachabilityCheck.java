package dev.fleetward.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Tries one connection to an external database before Flyway, JPA or the connection pool
 * touch it, so an unreachable database stops the app with one clear line (see
 * {@link DatabaseUnreachableFailureAnalyzer}) instead of pages of stack traces.
 */
@Component
class DatabaseReachabilityCheck implements BeanPostProcessor {

	private static final int LOGIN_TIMEOUT_SECONDS = 10;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && !"fleetward-embedded".equals(pool.getPoolName())) {
			probe(pool);
		}
		return bean;
	}

	private static void probe(HikariDataSource pool) {
		String url = redact(pool.getJdbcUrl());
		org.postgresql.ds.PGSimpleDataSource probe = new org.postgresql.ds.PGSimpleDataSource();
		try {
			probe.setUrl(pool.getJdbcUrl());
			probe.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
			probe.setConnectTimeout(LOGIN_TIMEOUT_SECONDS);
			if (pool.getUsername() != null && !pool.getUsername().isBlank()) {
				probe.setUser(pool.getUsername());
			}
			if (pool.getPassword() != null && !pool.getPassword().isBlank()) {
				probe.setPassword(pool.getPassword());
			}
			try (Connection connection = ((DataSource) probe).getConnection()) {
				connection.isValid(LOGIN_TIMEOUT_SECONDS);
			}
		}
		catch (SQLException | IllegalArgumentException ex) {
			throw new DatabaseUnreachableException(url, firstLine(ex.getMessage()));
		}
	}

	/** Query parameters may carry a password; never print them. */
	static String redact(String jdbcUrl) {
		if (jdbcUrl == null) {
			return "(no URL)";
		}
		int query = jdbcUrl.indexOf('?');
		return (query < 0) ? jdbcUrl : jdbcUrl.substring(0, query);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
