package dev.fleetward.checks.internal.sec;

import java.util.Map;

import dev.fleetward.checks.internal.ContainerCheck;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1WindowsSecurityContextOptions;

/**
 * A Windows HostProcess container runs directly on the node with the host's privileges.
 */
public final class ContainerHostProcess extends ContainerCheck {

	@Override
	public String id() {
		return "sec-container-host-process";
	}

	@Override
	protected boolean exemptSystemComponents() {
		return true;
	}

	@Override
	protected void evaluate(Workload workload, V1Container container, Judge judge) {
		V1WindowsSecurityContextOptions options = SecurityContexts.of(container).getWindowsOptions();
		Boolean hostProcess = (options != null) ? options.getHostProcess() : null;
		if (hostProcess == null) {
			V1WindowsSecurityContextOptions podOptions = SecurityContexts.of(workload).getWindowsOptions();
			hostProcess = (podOptions != null) ? podOptions.getHostProcess() : null;
		}
		if (Boolean.TRUE.equals(hostProcess)) {
			judge.fail(workload.ref(), container.getName(),
					where(workload, container) + " is a Windows HostProcess container with node-level access.",
					Map.of("hostProcess", "true"));
		}
		else {
			judge.pass(workload.ref(), container.getName(),
					where(workload, container) + " is not a HostProcess container.");
		}
	}

}
