package dev.fleetward.findings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.Severity;
import dev.fleetward.snapshot.ObjectRef;

/** Clusters, results and scans for tests of findings and trends. */
public final class FindingsFixtures {

	public static final String RUN_AS_ROOT = "sec-container-run-as-root";

	public static final String PDB = "ha-pdb-present";

	public static final String HOST_PORT = "net-host-port";

	public static final Set<String> CATALOG = Set.of(RUN_AS_ROOT, PDB, HOST_PORT, "sto-hostpath-volume",
			"sec-pod-privileged");

	private FindingsFixtures() {
	}

	/** A registered cluster; its credential columns hold dummy bytes. */
	public static UUID cluster(JdbcTemplate jdbc, String name) {
		return cluster(jdbc, name, null);
	}

	/** A registered cluster of a team (or of none, when null). */
	public static UUID cluster(JdbcTemplate jdbc, String name, String team) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO cluster (id, name, environment, team, server_url, credential_key_id, credential_ciphertext,
				    created_at, updated_at)
				VALUES (?, ?, 'prod', ?, 'https://k8s.example:6443', 'k1', ?, now(), now())""", id, name, team,
				new byte[] { 1, 2, 3 });
		return id;
	}

	public static CheckResult result(String checkId, CheckStatus status, String namespace, String name,
			String container) {
		return new CheckResult(checkId, status, Severity.MEDIUM, new ObjectRef("Deployment", namespace, name),
				container, checkId + " on " + name + ": " + status, Map.of("container", container));
	}

	public static CheckResult fail(String checkId, String namespace, String name) {
		return result(checkId, CheckStatus.FAIL, namespace, name, "app");
	}

	public static CheckResult pass(String checkId, String namespace, String name) {
		return result(checkId, CheckStatus.PASS, namespace, name, "app");
	}

	/** A complete scan whose every check read its input completely. */
	public static ScanOutcome scan(UUID cluster, long scanId, Instant at, List<CheckResult> results) {
		return new ScanOutcome(cluster, scanId, at, true, results, CATALOG, CATALOG);
	}

}
