package dev.fleetward.checks.internal.sec;

import java.util.Set;

import io.kubernetes.client.openapi.models.V1PolicyRule;

/**
 * Reading Secrets in every namespace reads every credential of the cluster, including
 * service-account tokens. Only cluster-wide grants (ClusterRoleBindings) are judged here:
 * a RoleBinding limits even a ClusterRole to its namespace. {@code list} and
 * {@code watch} return the values as well as {@code get}.
 */
public final class RbacSecretsRead extends RbacGrantCheck {

	private static final Set<String> VERBS = Set.of("get", "list", "watch");

	@Override
	public String id() {
		return "sec-rbac-secrets-read";
	}

	@Override
	protected boolean namespacedGrantsCount() {
		return false;
	}

	@Override
	protected boolean grants(V1PolicyRule rule) {
		return Rbac.grants(rule, VERBS, "secrets");
	}

	@Override
	protected String permission() {
		return "read Secrets in every namespace";
	}

}
