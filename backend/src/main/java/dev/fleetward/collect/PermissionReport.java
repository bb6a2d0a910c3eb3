package dev.fleetward.collect;

import java.util.List;

import dev.fleetward.snapshot.ResourceKind;

/**
 * What a connection test found: whether the server answers, its version, and for each
 * kind whether Fleetward's credentials may list it.
 *
 * @param reachable whether the API server answered with these credentials
 * @param serverVersion the server's gitVersion, if it answered
 * @param error why it could not be reached or used, if not
 * @param kinds one entry per kind Fleetward reads
 */
public record PermissionReport(boolean reachable, String serverVersion, String error, List<KindPermission> kinds) {

	/**
	 * @param kind the kind
	 * @param resource the RBAC resource, e.g. {@code clusterrolebindings}
	 * @param group the API group, empty for core
	 * @param allowed whether {@code list} is allowed
	 * @param reason the server's reason, if it gave one
	 */
	public record KindPermission(ResourceKind kind, String resource, String group, boolean allowed, String reason) {
	}

	public List<KindPermission> denied() {
		return this.kinds.stream().filter((kind) -> !kind.allowed()).toList();
	}

}
