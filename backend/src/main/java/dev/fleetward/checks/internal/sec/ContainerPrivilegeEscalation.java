package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1SecurityContext;

/**
 * {@code allowPrivilegeEscalation} defaults to true (setuid binaries can gain
 * privileges), and a privileged container always can escalate: it must be false.
 */
public final class ContainerPrivilegeEscalation extends ContainerCheck {

	@Override
	public String id() {
		return "sec-container-privilege-escalation";
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		V1SecurityContext context = SecurityContexts.of(container);
		if (Boolean.TRUE.equals(context.getPrivileged())) {
			judge.fail(workload.ref(), container.getName(),
					where(workload, container) + " is privileged, which always allows privilege escalation.",
					Map.of("privileged", "true"));
		}
		else if (Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
			judge.pass(workload.ref(), container.getName(),
					where(workload, container) + " sets allowPrivilegeEscalation: false.");
		}
		else {
			judge.fail(workload.ref(), container.getName(),
					where(workload, container)
							+ " allows privilege escalation (allowPrivilegeEscalation is not false).",
					Map.of("allowPrivilegeEscalation", String.valueOf(context.getAllowPrivilegeEscalation())));
		}
	}

}
