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
 * Who may exec into or attach to pods: a shell in any container of the scope, with its
 * secrets and service-account token. {@code get} counts as well as {@code create}: the
 * websocket upgrade of exec is a GET, which the API server authorised as such until 1.35.
 * Bindings are judged for the subjects they grant to; a role is judged on its own only
 * while nothing binds it (a grant waiting to be bound). Objects Kubernetes or the
 * provider manages (names {@code system:}, {@code gce:}..., the default admin/edit roles)
 * are not judged.
 */
public final class RbacExecAttachGrants implements Check {

	private static final Set<String> VERBS = Set.of("create", "get");

	private static final List<String> SUBRESOURCES = List.of("pods/exec", "pods/attach");

	@Override
	public String id() {
		return "sec-rbac-exec-attach-grants";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Rbac.KINDS;
	}

	private static boolean grants(List<V1PolicyRule> rules) {
		// By the API server's matching: "*/exec" grants exec on pods, "pods/*" grants
		// nothing.
		return rules.stream()
			.anyMatch((rule) -> SUBRESOURCES.stream().anyMatch((resource) -> Rbac.grants(rule, VERBS, resource)));
	}

	@Override
	public void evaluate(Judge judge) {
		Set<String> bound = new HashSet<>();
		for (Rbac.Binding binding : Rbac.bindings(judge.snapshot())) {
			String roleKey = binding.roleRef().getKind() + "/"
					+ ("Role".equals(binding.roleRef().getKind()) ? binding.ref().namespace() : "") + "/"
					+ binding.roleRef().getName();
			bound.add(roleKey);
			if (judge.config().isSystemRbacName(binding.ref().name()) || "cluster-admin".equals(binding.ref().name())) {
				judge.pass(binding.ref(), "", binding.describe() + " is managed by Kubernetes or the provider.");
				continue;
			}
			judgeBinding(judge, binding);
		}
		for (V1ClusterRole role : judge.snapshot().list(ResourceKind.CLUSTER_ROLES, V1ClusterRole.class)) {
			String name = role.getMetadata().getName();
			ObjectRef ref = new ObjectRef("ClusterRole", "", name);
			if (judge.config().isSystemRbacName(name) || Rbac.DEFAULT_CLUSTER_ROLES.contains(name)) {
				judge.pass(ref, "",
						"ClusterRole " + name + " is a default role managed by Kubernetes or the provider.");
			}
			else if (!bound.contains("ClusterRole//" + name)) {
				judgeRole(judge, ref, role.getRules());
			}
		}
		for (V1Role role : judge.snapshot().list(ResourceKind.ROLES, V1Role.class)) {
			ObjectRef ref = new ObjectRef("Role", role.getMetadata().getNamespace(), role.getMetadata().getName());
			if (judge.config().isSystemRbacName(ref.name())) {
				judge.pass(ref, "", "Role " + ref.name() + " is managed by Kubernetes or the provider.");
			}
			else if (!bound.contains("Role/" + ref.namespace() + "/" + ref.name())) {
				judgeRole(judge, ref, role.getRules());
			}
		}
	}

	private void judgeBinding(Judge judge, Rbac.Binding binding) {
		Optional<List<V1PolicyRule>> rules = Rbac.rulesOf(judge.snapshot(), binding);
		Map<String, String> evidence = Map.of("role", binding.roleDescription(), "subjects",
				Rbac.subjectNames(binding.subjects()));
		boolean builtInExec = rules.isEmpty() && "ClusterRole".equals(binding.roleRef().getKind())
				&& Set.of("cluster-admin", "admin", "edit").contains(binding.roleRef().getName());
		if (builtInExec || rules.map(RbacExecAttachGrants::grants).orElse(false)) {
			judge.fail(binding.ref(), "", binding.describe() + " lets " + Rbac.subjectNames(binding.subjects())
					+ " exec into or attach to pods through " + binding.roleDescription() + ".", evidence);
		}
		else if (rules.isEmpty()) {
			judge.fail(binding.ref(), "",
					binding.describe() + " refers to " + binding.roleDescription()
							+ ", which does not exist: whoever creates a role of that name grants its rules to "
							+ Rbac.subjectNames(binding.subjects()) + ".",
					evidence);
		}
		else {
			judge.pass(binding.ref(), "", binding.describe() + " grants no exec or attach on pods.", evidence);
		}
	}

	private void judgeRole(Judge judge, ObjectRef ref, List<V1PolicyRule> rules) {
		String what = ref.kind() + " " + (ref.namespace().isEmpty() ? "" : ref.namespace() + "/") + ref.name();
		if (rules != null && grants(rules)) {
			judge.fail(ref, "", what + " allows exec or attach on pods (create/get on pods/exec or pods/attach).",
					Map.of());
		}
		else {
			judge.pass(ref, "", what + " allows no exec or attach on pods.");
		}
	}

}
