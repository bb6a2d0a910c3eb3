package dev.fleetward.findings.internal;

/**
 * The one definition of "an active exemption covers this failure", as SQL over an
 * exemption {@code e}. Patterns are stored with their LIKE form beside them
 * ({@code glob_to_like} in the schema), so '*' is the only wildcard a user can write.
 */
final class ExemptionMatch {

	/** Parameters: now. */
	static final String ACTIVE = "e.revoked_at IS NULL AND e.expires_at > ?";

	private ExemptionMatch() {
	}

	/**
	 * Whether {@code e} covers a failure, given SQL expressions for the cluster's name
	 * and id (as text), the check id, the object's namespace and its name.
	 */
	static String covers(String clusterName, String clusterId, String checkId, String namespace, String name) {
		return "(" + clusterName + " LIKE e.cluster_like OR " + clusterId + " LIKE e.cluster_like) AND " + checkId
				+ " LIKE e.check_like AND " + namespace + " LIKE e.namespace_like AND " + name + " LIKE e.name_like";
	}

	/**
	 * A scalar subquery: the oldest active exemption that covers the finding {@code f} of
	 * the cluster {@code c}, or null. Parameters: now.
	 */
	static String firstCovering(String finding, String cluster) {
		return "(SELECT e.id FROM exemption e WHERE " + ACTIVE + " AND " + covers(cluster + ".name",
				cluster + ".id::text", finding + ".check_id", finding + ".object_namespace", finding + ".object_name")
				+ " ORDER BY e.id LIMIT 1)";
	}

}
