package dev.fleetward.checks.internal;

import java.util.EnumSet;
import java.util.Set;

import dev.fleetward.snapshot.ResourceKind;

/**
 * A check judged once per top-level workload. Subclasses that judge node-level access set
 * {@link #exemptSystemComponents()} so that the platform's own DaemonSets and system
 * namespaces (configuration, not code) are reported NOT_APPLICABLE instead of failing.
 */
public abstract class WorkloadCheck implements Check {

	@Override
	public Set<ResourceKind> needs() {
		Set<ResourceKind> needs = EnumSet.copyOf(Workloads.KINDS);
		needs.addAll(alsoNeeds());
		return needs;
	}

	/** Kinds read besides the workloads. */
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of();
	}

	protected boolean exemptSystemComponents() {
		return false;
	}

	/**
	 * Whether the check applies to this workload at all (e.g. probes are not for Jobs).
	 */
	protected boolean appliesTo(Workload workload) {
		return true;
	}

	@Override
	public void evaluate(Judge judge) {
		for (Workload workload : judge.workloads().all()) {
			if (!appliesTo(workload)) {
				continue;
			}
			if (exemptSystemComponents() && isSystemComponent(judge, workload)) {
				judge.notApplicable(workload.ref(), "", "Exempt: " + workload.describe()
						+ " is a system component (system namespace or known system DaemonSet).");
				continue;
			}
			evaluate(workload, judge);
		}
	}

	protected abstract void evaluate(Workload workload, Judge judge);

	private static boolean isSystemComponent(Judge judge, Workload workload) {
		return judge.config().isSystemNamespace(workload.namespace()) || ("DaemonSet".equals(workload.kind())
				&& judge.config().isSystemDaemonSet(workload.namespace(), workload.name()));
	}

}
