package dev.fleetward.checks.internal.sec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1RoleRef;
import io.kubernetes.client.openapi.models.RbacV1Subject;

/**
 * RBAC reading shared by the RBAC checks: bindings of both scopes and their role's rules.
 */
final class Rbac {

	static final Set<ResourceKind> KINDS = Set.of(ResourceKind.ROLES, ResourceKind.CLUSTER_ROLES,
			ResourceKind.ROLE_BINDINGS, ResourceKind.CLUSTER_ROLE_BINDINGS);

	/** Default user-facing ClusterRoles that Kubernetes ships (and keeps reconciled). */
	static final Set<String> DEFAULT_CLUSTER_ROLES = Set.of("cluster-admin", "admin", "edit", "view");

	private Rbac() {
	}

	/** A RoleBinding or ClusterRoleBinding, seen the same way. */
	record Binding(ObjectRef ref, V1ObjectMeta metadata, V1RoleRef roleRef, List<RbacV1Subject> subjects) {

		String describe() {
			return this.ref.kind() + " " + (this.ref.namespace().isEmpty() ? "" : this.ref.namespace() + "/")
					+ this.ref.name();
		}

		String roleDescription() {
			return this.roleRef.getKind() + " " + this.roleRef.getName();
		}

	}

	static List<Binding> bindings(Snapshot snapshot) {
		List<Binding> bindings = new ArrayList<>();
		for (V1ClusterRoleBinding b : snapshot.list(ResourceKind.CLUSTER_ROLE_BINDINGS, V1ClusterRoleBinding.class)) {
			bindings.add(new Binding(new ObjectRef("ClusterRoleBinding", "", b.getMetadata().getName()),
					b.getMetadata(), b.getRoleRef(), (b.getSubjects() != null) ? b.getSubjects() : List.of()));
		}
		for (V1RoleBinding b : snapshot.list(ResourceKind.ROLE_BINDINGS, V1RoleBinding.class)) {
			bindings.add(
					new Binding(new ObjectRef("RoleBinding", b.getMetadata().getNamespace(), b.getMetadata().getName()),
							b.getMetadata(), b.getRoleRef(), (b.getSubjects() != null) ? b.getSubjects() : List.of()));
		}
		return bindings;
	}

	/**
	 * The rules of the role a binding refers to; empty when the role is not in the
	 * snapshot.
	 */
	static Optional<List<V1PolicyRule>> rulesOf(Snapshot snapshot, Binding binding) {
		String name = binding.roleRef().getName();
		if ("Role".equals(binding.roleRef().getKind())) {
			return snapshot.find(ResourceKind.ROLES, binding.ref().namespace(), name, V1Role.class)
				.map((r) -> (r.getRules() != null) ? r.getRules() : List.of());
		}
		return snapshot.find(ResourceKind.CLUSTER_ROLES, "", name, V1ClusterRole.class)
			.map((r) -> (r.getRules() != null) ? r.getRules() : List.of());
	}

	/**
	 * Whether a rule allows one of the verbs on a core-group resource, by the API
	 * server's matching: {@code *} matches every resource and subresource,
	 * {@code *}{@code /sub} a subresource of any resource; {@code nodes/*} matches
	 * nothing. Rules limited to resourceNames still grant on those objects.
	 */
	static boolean grants(V1PolicyRule rule, Set<String> verbs, String resource) {
		List<String> groups = (rule.getApiGroups() != null) ? rule.getApiGroups() : List.of();
		List<String> ruleVerbs = (rule.getVerbs() != null) ? rule.getVerbs() : List.of();
		List<String> ruleResources = (rule.getResources() != null) ? rule.getResources() : List.of();
		int slash = resource.indexOf('/');
		String anyParent = (slash > 0) ? "*" + resource.substring(slash) : null;
		return (groups.contains("") || groups.contains("*"))
				&& (ruleVerbs.contains("*") || ruleVerbs.stream().anyMatch(verbs::contains))
				&& (ruleResources.contains("*") || ruleResources.contains(resource)
						|| (anyParent != null && ruleResources.contains(anyParent)));
	}

	/** Read and write verbs: a rule with all of them is as good as {@code *}. */
	private static final Set<String> ALL_VERBS = Set.of("get", "list", "watch", "create", "update", "patch", "delete");

	/** Whether a rule grants everything: every verb on every resource of every group. */
	static boolean isWildcard(V1PolicyRule rule) {
		return rule.getApiGroups() != null && rule.getApiGroups().contains("*") && rule.getResources() != null
				&& rule.getResources().contains("*") && rule.getVerbs() != null
				&& (rule.getVerbs().contains("*") || rule.getVerbs().containsAll(ALL_VERBS));
	}

	static String subjectNames(List<RbacV1Subject> subjects) {
		return String.join(",", subjects.stream().map((s) -> s.getKind() + ":" + s.getName()).toList());
	}

}
