package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.RbacV1Subject;

/**
 * Bindings that make someone a full administrator (cluster-admin, or a role with
 * {@code *} on verbs, resources and groups), and any binding that grants to everybody
 * (anonymous, unauthenticated or all authenticated users). Bindings Kubernetes or the
 * provider manages ({@code system:} names, the default {@code cluster-admin} binding for
 * {@code system:masters}) are not judged.
 */
public final class ClusterAdminBindings implements Check {

	private static final Set<String> EVERYBODY = Set.of("system:anonymous", "system:unauthenticated",
			"system:authenticated");

	@Override
	public String id() {
		return "sec-cluster-admin-bindings";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Rbac.KINDS;
	}

	@Override
	public void evaluate(Judge judge) {
		for (Rbac.Binding binding : Rbac.bindings(judge.snapshot())) {
			String name = binding.ref().name();
			if (judge.config().isSystemRbacName(name) || ("cluster-admin".equals(name)
					&& binding.subjects().stream().allMatch((s) -> "system:masters".equals(s.getName())))) {
				judge.pass(binding.ref(), "", binding.describe() + " is managed by Kubernetes or the provider.");
				continue;
			}
			boolean admin = "ClusterRole".equals(binding.roleRef().getKind())
					&& "cluster-admin".equals(binding.roleRef().getName());
			admin = admin || Rbac.rulesOf(judge.snapshot(), binding)
				.map((rules) -> rules.stream().anyMatch(Rbac::isWildcard))
				.orElse(false);
			List<String> everybody = binding.subjects()
				.stream()
				.map(RbacV1Subject::getName)
				.filter(EVERYBODY::contains)
				.toList();
			Map<String, String> evidence = Map.of("role", binding.roleDescription(), "subjects",
					Rbac.subjectNames(binding.subjects()));
			if (admin) {
				judge.fail(everybody.isEmpty() ? Severity.HIGH : Severity.CRITICAL, binding.ref(), "",
						binding.describe() + " gives full administrator rights (" + binding.roleDescription() + ") to "
								+ Rbac.subjectNames(binding.subjects()) + ".",
						evidence);
			}
			else if (!everybody.isEmpty()) {
				judge.fail(binding.ref(), "", binding.describe() + " grants " + binding.roleDescription() + " to "
						+ everybody + ", i.e. to everybody who can reach the API server.", evidence);
			}
			else {
				judge.pass(binding.ref(), "", binding.describe() + " does not grant administrator rights.", evidence);
			}
		}
	}

}
