package dev.fleetward.checks.internal.sec;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1ServiceAccount;

/**
 * Most pods never call the API server, yet get a token mounted by default. The pod's
 * {@code automountServiceAccountToken} wins over its ServiceAccount's.
 */
public final class ServiceAccountTokenAutomount extends WorkloadCheck {

	@Override
	public String id() {
		return "sec-sa-token-automount";
	}

	@Override
	protected Set<ResourceKind> alsoNeeds() {
		return Set.of(ResourceKind.SERVICE_ACCOUNTS);
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		Boolean podSetting = workload.podSpec().getAutomountServiceAccountToken();
		String account = (workload.podSpec().getServiceAccountName() != null)
				? workload.podSpec().getServiceAccountName() : "default";
		if (Boolean.FALSE.equals(podSetting)) {
			judge.pass(workload.ref(), "", workload.describe() + " does not mount a service-account token.");
			return;
		}
		if (podSetting == null) {
			Optional<V1ServiceAccount> sa = judge.snapshot()
				.find(ResourceKind.SERVICE_ACCOUNTS, workload.namespace(), account, V1ServiceAccount.class);
			if (sa.isPresent() && Boolean.FALSE.equals(sa.get().getAutomountServiceAccountToken())) {
				judge.pass(workload.ref(), "", workload.describe()
						+ " inherits automountServiceAccountToken: false from " + "ServiceAccount " + account + ".",
						Map.of("serviceAccount", account));
				return;
			}
		}
		judge.fail(workload.ref(), "", workload.describe() + " mounts a token of ServiceAccount " + account
				+ (Boolean.TRUE.equals(podSetting) ? " (automountServiceAccountToken: true on the pod)"
						: " (neither the pod nor the ServiceAccount sets automountServiceAccountToken: false)")
				+ ".", Map.of("serviceAccount", account));
	}

}
