package dev.fleetward.checks.internal.sec;

import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;

/**
 * Fleetward itself reaching a cluster without verifying its certificate (an admin allowed
 * insecure TLS, or the URL is plain http) is a finding: anyone in the path could answer
 * in the cluster's name and receive Fleetward's token.
 */
public final class ApiServerTlsVerified implements Check {

	@Override
	public String id() {
		return "sec-api-server-tls-verified";
	}

	@Override
	public Set<ResourceKind> needs() {
		return Set.of();
	}

	@Override
	public void evaluate(Judge judge) {
		judge.snapshot().tlsVerified().ifPresentOrElse((verified) -> {
			if (verified) {
				judge.pass(ObjectRef.CLUSTER, "", "Fleetward verifies the API server's certificate.");
			}
			else {
				judge.fail(ObjectRef.CLUSTER, "",
						"Fleetward reaches this API server without verifying its certificate: whoever sits in"
								+ " between can impersonate the cluster and receive Fleetward's token.",
						Map.of("tlsVerified", "false"));
			}
		}, () -> judge.notApplicable(ObjectRef.CLUSTER, "", "Read from manifests: there was no connection to judge."));
	}

}
