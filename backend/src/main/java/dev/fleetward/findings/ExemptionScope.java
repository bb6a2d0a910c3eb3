package dev.fleetward.findings;

/**
 * What an exemption covers; each part is a pattern where '*' matches anything (also the
 * empty namespace and name of cluster-scoped and cluster-level findings).
 *
 * @param checkId check id pattern
 * @param cluster pattern matched against the cluster's name and its id
 * @param namespace namespace pattern
 * @param name object name pattern
 */
record ExemptionScope(String checkId, String cluster, String namespace, String name) {

	static final String ANY = "*";

	boolean coversEverything() {
		return ANY.equals(this.checkId) && ANY.equals(this.cluster) && ANY.equals(this.namespace)
				&& ANY.equals(this.name);
	}

}
