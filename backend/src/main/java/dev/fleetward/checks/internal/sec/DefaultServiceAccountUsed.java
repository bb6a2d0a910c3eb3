package dev.fleetward.checks.internal.sec;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import io.kubernetes.client.openapi.models.RbacV1Subject;
import dev.fleetward.snapshot.ResourceKind;

/**
 * Every pod that names no ServiceAccount runs as the namespace's {@code default} one, so
 * they all share one identity and whatever is granted to it (low). A binding that grants
 * a role to a {@code default} ServiceAccount hands that role to every such pod (medium).
 * System namespaces and bindings Kubernetes manages are not judged.
 */
public final class DefaultServiceAccountUsed extends WorkloadCheck {

	@Override
	public String id() {
		return "sec-default-serviceaccount-used";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		Set<ResourceKind> needs = EnumSet.copyOf(Rbac.KINDS);
		needs.add(ResourceKind.SERVICE_ACCOUNTS);
		return needs;
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	public void evaluate(Judge judge) {
		super.evaluate(judge);
		for (Rbac.Binding binding : Rbac.bindings(judge.snapshot())) {
			if (judge.config().isSystemRbacName(binding.ref().name())) {
				continue;
			}
			for (RbacV1Subject subject : binding.subjects()) {
				String namespace = (subject.getNamespace() != null) ? subject.getNamespace()
						: binding.ref().namespace();
				if ("ServiceAccount".equals(subject.getKind()) && "default".equals(subject.getName())
						&& !judge.config().isSystemNamespace(namespace)) {
					judge.fail(Severity.MEDIUM, binding.ref(), namespace,
							binding.describe() + " grants " + binding.roleDescription()
									+ " to the default ServiceAccount of namespace " + namespace
									+ ", i.e. to every pod there that names no ServiceAccount.",
							Map.of("role", binding.roleDescription(), "namespace", namespace));
				}
			}
		}
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		String declared = workload.podSpec().getServiceAccountName();
		if (declared == null || declared.isEmpty()) {
			// The deprecated alias still works when the new field is empty.
			declared = workload.podSpec().getServiceAccount();
		}
		if (declared != null && !declared.isEmpty() && !"default".equals(declared)) {
			judge.pass(workload.ref(), "", workload.describe() + " runs as ServiceAccount " + declared + ".",
					Map.of("serviceAccount", declared));
		}
		else {
			boolean noToken = Boolean.FALSE.equals(workload.podSpec().getAutomountServiceAccountToken());
			judge.fail(workload.ref(), "",
					workload.describe() + " runs as the namespace's default ServiceAccount"
							+ (noToken ? " (its token is not mounted)" : "") + "; give it a dedicated one.",
					Map.of("serviceAccount", "default"));
		}
	}

}
