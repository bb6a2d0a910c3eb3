package dev.fleetward.checks.internal.sec;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ResourceKind;

/**
 * A binding whose role does not exist grants nothing today, but whoever later creates a
 * role of that name silently grants it to the binding's subjects. The default
 * ClusterRoles (cluster-admin, admin, edit, view and {@code system:} roles) count as
 * present: the API server recreates them at start-up, and offline manifests rarely
 * include them.
 */
public final class RbacDanglingBinding implements Check {

	@Override
	public String id() {
		return "sec-rbac-dangling-binding";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Rbac.KINDS;
	}

	@Override
	public void evaluate(Judge judge) {
		for (Rbac.Binding binding : Rbac.bindings(judge.snapshot())) {
			String role = binding.roleRef().getName();
			boolean builtIn = "ClusterRole".equals(binding.roleRef().getKind())
					&& (Rbac.DEFAULT_CLUSTER_ROLES.contains(role) || role.startsWith("system:"));
			Map<String, String> evidence = Map.of("role", binding.roleDescription());
			if (builtIn || Rbac.rulesOf(judge.snapshot(), binding).isPresent()) {
				judge.pass(binding.ref(), "",
						binding.describe() + " refers to an existing " + binding.roleDescription() + ".", evidence);
			}
			else {
				judge.fail(binding.ref(), "",
						binding.describe() + " refers to " + binding.roleDescription()
								+ ", which does not exist: creating it would grant its rules to "
								+ Rbac.subjectNames(binding.subjects()) + ".",
						evidence);
			}
		}
	}

}
