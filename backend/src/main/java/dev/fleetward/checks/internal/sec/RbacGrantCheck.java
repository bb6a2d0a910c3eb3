package dev.fleetward.checks.internal.sec;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1Role;

/**
 * An RBAC check for one dangerous permission: bindings are judged for the subjects they
 * grant it to, and a role on its own only while nothing binds it. Objects Kubernetes or
 * the provider manages ({@code system:} names and the like) are not judged; a cluster
 * owner's binding to a system role is.
 */
abstract class RbacGrantCheck implements Check {

	@Override
	public Set<ResourceKind> needs() {
		return Rbac.KINDS;
	}

	/** Whether a rule grants the permission. */
	protected abstract boolean grants(V1PolicyRule rule);

	/** What the permission lets a subject do, for messages ("read every Secret"). */
	protected abstract String permission();

	/** Whether namespaced grants (Roles, RoleBindings) count. */
	protected boolean namespacedGrantsCount() {
		return true;
	}

	@Override
	public void evaluate(Judge judge) {
		Set<String> bound = new HashSet<>();
		for (Rbac.Binding binding : Rbac.bindings(judge.snapshot())) {
			boolean namespaced = "RoleBinding".equals(binding.ref().kind());
			bound.add(binding.roleRef().getKind() + "/"
					+ ("Role".equals(binding.roleRef().getKind()) ? binding.ref().namespace() : "") + "/"
					+ binding.roleRef().getName());
			if (namespaced && !namespacedGrantsCount()) {
				continue;
			}
			if (judge.config().isSystemRbacName(binding.ref().name())) {
				judge.pass(binding.ref(), "", binding.describe() + " is managed by Kubernetes or the provider.");
				continue;
			}
			Optional<List<V1PolicyRule>> rules = Rbac.rulesOf(judge.snapshot(), binding);
			Map<String, String> evidence = Map.of("role", binding.roleDescription(), "subjects",
					Rbac.subjectNames(binding.subjects()));
			boolean admin = rules.isEmpty() && "cluster-admin".equals(binding.roleRef().getName());
			if (admin || rules.map((r) -> r.stream().anyMatch(this::grants)).orElse(false)) {
				judge.fail(binding.ref(), "", binding.describe() + " lets " + Rbac.subjectNames(binding.subjects())
						+ " " + permission() + " through " + binding.roleDescription() + ".", evidence);
			}
			else if (rules.isEmpty()) {
				judge.notApplicable(binding.ref(), "", binding.describe() + " refers to " + binding.roleDescription()
						+ ", which is not in the snapshot (see sec-rbac-dangling-binding).");
			}
			else {
				judge.pass(binding.ref(), "", binding.describe() + " does not let its subjects " + permission() + ".",
						evidence);
			}
		}
		for (V1ClusterRole role : judge.snapshot().list(ResourceKind.CLUSTER_ROLES, V1ClusterRole.class)) {
			String name = role.getMetadata().getName();
			if (!judge.config().isSystemRbacName(name) && !Rbac.DEFAULT_CLUSTER_ROLES.contains(name)
					&& !bound.contains("ClusterRole//" + name)) {
				judgeRole(judge, new ObjectRef("ClusterRole", "", name), role.getRules());
			}
		}
		if (!namespacedGrantsCount()) {
			return;
		}
		for (V1Role role : judge.snapshot().list(ResourceKind.ROLES, V1Role.class)) {
			ObjectRef ref = new ObjectRef("Role", role.getMetadata().getNamespace(), role.getMetadata().getName());
			if (!judge.config().isSystemRbacName(ref.name())
					&& !bound.contains("Role/" + ref.namespace() + "/" + ref.name())) {
				judgeRole(judge, ref, role.getRules());
			}
		}
	}

	private void judgeRole(Judge judge, ObjectRef ref, List<V1PolicyRule> rules) {
		String what = ref.kind() + " " + (ref.namespace().isEmpty() ? "" : ref.namespace() + "/") + ref.name();
		if (rules != null && rules.stream().anyMatch(this::grants)) {
			judge.fail(ref, "", what + " (not bound yet) would let its subjects " + permission() + ".", Map.of());
		}
		else {
			judge.pass(ref, "", what + " does not let its subjects " + permission() + ".");
		}
	}

}
