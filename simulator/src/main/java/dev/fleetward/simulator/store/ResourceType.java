package dev.fleetward.simulator.store;

import java.util.List;

/**
 * One REST resource the simulated API server serves, as discovery describes it.
 *
 * @param group API group, empty for the core group
 * @param version API version
 * @param resource plural resource name used in paths
 * @param kind object kind
 * @param namespaced whether objects live in a namespace
 * @param shortNames short names kubectl accepts
 */
public record ResourceType(String group, String version, String resource, String kind, boolean namespaced,
		List<String> shortNames) {

	public String apiVersion() {
		return this.group.isEmpty() ? this.version : this.group + "/" + this.version;
	}

	public String listKind() {
		return this.kind + "List";
	}

	/**
	 * The name RBAC messages use: {@code clusterrolebindings.rbac.authorization.k8s.io}.
	 */
	public String qualifiedResource() {
		return this.group.isEmpty() ? this.resource : this.resource + "." + this.group;
	}

	/** Key for lookups: group and plural resource, the version does not matter. */
	public String groupResource() {
		return this.group + "/" + this.resource;
	}

}
