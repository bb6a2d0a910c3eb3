package dev.fleetward.checks.internal.sec;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.fleetward.checks.Severity;
import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;

/**
 * The API server authorises with the modes of {@code --authorization-mode}, which
 * defaults to AlwaysAllow: every authenticated request is allowed. With
 * {@code --authorization-config} (structured authorization, 1.30+) the chain lives in a
 * file on the host, so it is UNKNOWN. EKS and GKE always run RBAC (NOT_APPLICABLE); AKS
 * can run without it, which only its API shows.
 */
public final class RbacAuthorizerEnabled extends ApiServerFlagCheck {

	@Override
	public String id() {
		return "sec-rbac-authorizer-enabled";
	}

	@Override
	protected String subject() {
		return "the authorization mode";
	}

	@Override
	protected void managed(Judge judge, String provider) {
		if ("AKS".equals(provider)) {
			super.managed(judge, provider);
		}
		else {
			judge.notApplicable(ObjectRef.CLUSTER, "", provider + " always authorises with RBAC.");
		}
	}

	@Override
	protected void judgeFlags(Judge judge, ObjectRef apiServer, List<String> flags) {
		String what = "kube-apiserver " + apiServer.name();
		if (ControlPlane.flag(flags, "authorization-config").isPresent()) {
			judge.unknown(apiServer, "",
					what + " reads its authorizers from --authorization-config," + " a file only visible on the host.");
			return;
		}
		Optional<String> flag = ControlPlane.flag(flags, "authorization-mode");
		List<String> modes = Arrays.asList(flag.orElse("AlwaysAllow").split(","));
		Map<String, String> evidence = Map.of("authorization-mode", String.join(",", modes));
		if (modes.contains("AlwaysAllow")) {
			judge.fail(Severity.CRITICAL, apiServer, "",
					what + " authorises with AlwaysAllow"
							+ (flag.isEmpty() ? " (the default when --authorization-mode is not set)" : "")
							+ ": every authenticated request is allowed.",
					evidence);
		}
		else if (!modes.contains("RBAC")) {
			judge.fail(Severity.HIGH, apiServer, "",
					what + " does not enable RBAC (--authorization-mode=" + flag.get() + ").", evidence);
		}
		else {
			judge.pass(apiServer, "", what + " authorises with " + modes + ".", evidence);
		}
	}

}
