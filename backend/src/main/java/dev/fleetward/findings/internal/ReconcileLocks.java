package dev.fleetward.findings.internal;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transaction-scoped advisory locks. A reconcile holds its cluster's lock (two reconciles
 * of one cluster would race on the same findings) and the exemption lock shared; a change
 * of exemptions holds the exemption lock exclusively, so a finding's exempt-or-not state
 * is never decided from a stale view.
 */
public final class ReconcileLocks {

	private static final int CLUSTER_SPACE = 0x46570001;

	private static final int EXEMPTION_SPACE = 0x46570002;

	private ReconcileLocks() {
	}

	static void forReconcile(JdbcTemplate jdbc, UUID clusterId) {
		jdbc.queryForList("SELECT pg_advisory_xact_lock_shared(?, 0)", EXEMPTION_SPACE);
		jdbc.queryForList("SELECT pg_advisory_xact_lock(?, hashtext(?))", CLUSTER_SPACE, clusterId.toString());
	}

	public static void forExemptionChange(JdbcTemplate jdbc) {
		jdbc.queryForList("SELECT pg_advisory_xact_lock(?, 0)", EXEMPTION_SPACE);
	}

}
