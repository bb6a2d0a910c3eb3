package dev.fleetward.checks.internal.sec;

import java.util.Set;

import io.kubernetes.client.openapi.models.V1PolicyRule;

/**
 * {@code nodes/proxy} reaches the kubelet API directly: run commands in any pod of the
 * node, read logs and metrics, without the API server's exec auditing or admission. Any
 * verb counts: the kubelet authorises its websocket endpoints (exec too) as {@code get}.
 */
public final class RbacNodesProxy extends RbacGrantCheck {

	private static final Set<String> VERBS = Set.of("get", "list", "watch", "create", "update", "patch", "delete");

	@Override
	public String id() {
		return "sec-rbac-nodes-proxy";
	}

	@Override
	protected boolean grants(V1PolicyRule rule) {
		return Rbac.grants(rule, VERBS, "nodes/proxy");
	}

	@Override
	protected String permission() {
		return "use the kubelet API through nodes/proxy";
	}

}
