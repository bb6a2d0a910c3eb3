package dev.fleetward.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an unreachable database into a short start-up report without a stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Check FLEETWARD_DB_URL, FLEETWARD_DB_USER and FLEETWARD_DB_PASSWORD, or unset FLEETWARD_DB_URL"
						+ " to use the embedded PostgreSQL.",
				cause);
	}

}
