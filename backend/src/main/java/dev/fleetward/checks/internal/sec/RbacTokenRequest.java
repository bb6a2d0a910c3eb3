package dev.fleetward.checks.internal.sec;

import java.util.Set;

import io.kubernetes.client.openapi.models.V1PolicyRule;

/**
 * {@code create} on {@code serviceaccounts/token} mints tokens for any ServiceAccount in
 * scope, i.e. acts with that account's permissions, without ever touching a pod.
 */
public final class RbacTokenRequest extends RbacGrantCheck {

	@Override
	public String id() {
		return "sec-rbac-token-request";
	}

	@Override
	protected boolean grants(V1PolicyRule rule) {
		return Rbac.grants(rule, Set.of("create"), "serviceaccounts/token");
	}

	@Override
	protected String permission() {
		return "mint ServiceAccount tokens (create serviceaccounts/token)";
	}

}
