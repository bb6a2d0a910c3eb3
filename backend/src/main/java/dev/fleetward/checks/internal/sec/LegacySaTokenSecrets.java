package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fleetward.checks.internal.Check;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1ObjectReference;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1ServiceAccount;

/**
 * Legacy service-account token Secrets never expire and work from anywhere. Two parts:
 * ServiceAccounts whose {@code secrets[]} list such a token (visible without any Secret
 * permission, so this part needs only ServiceAccounts), and the token Secrets themselves,
 * read only when listing Secrets was allowed (else that part is UNKNOWN). A token used
 * recently ({@code kubernetes.io/legacy-token-last-used}) is high; one already
 * invalidated ({@code kubernetes.io/legacy-token-invalid-since}) is low.
 */
public final class LegacySaTokenSecrets implements Check {

	static final String TYPE = "kubernetes.io/service-account-token";

	@Override
	public String id() {
		return "sec-legacy-sa-token-secrets";
	}

	@Override
	public Set<ResourceKind> needs() {
		// SECRETS is read when available: the ServiceAccount part must judge without it.
		return Set.of(ResourceKind.SERVICE_ACCOUNTS);
	}

	@Override
	public void evaluate(Judge judge) {
		boolean secretsReadable = judge.snapshot().status(ResourceKind.SECRETS).isComplete();
		for (V1ServiceAccount sa : judge.snapshot().list(ResourceKind.SERVICE_ACCOUNTS, V1ServiceAccount.class)) {
			String namespace = sa.getMetadata().getNamespace();
			String name = sa.getMetadata().getName();
			ObjectRef ref = new ObjectRef("ServiceAccount", namespace, name);
			List<String> tokens = ((sa.getSecrets() != null) ? sa.getSecrets() : List.<V1ObjectReference>of()).stream()
				.map(V1ObjectReference::getName)
				.filter((secret) -> secret != null
						&& (secret.matches(java.util.regex.Pattern.quote(name) + "-token-[a-z0-9]{5}")
								|| (secretsReadable && judge.snapshot()
									.find(ResourceKind.SECRETS, namespace, secret, V1Secret.class)
									.map((s) -> TYPE.equals(s.getType()))
									.orElse(false))))
				.toList();
			if (tokens.isEmpty()) {
				judge.pass(ref, "", "ServiceAccount " + namespace + "/" + name + " lists no legacy token Secret.");
			}
			else {
				judge.fail(ref, "",
						"ServiceAccount " + namespace + "/" + name + " lists legacy token Secrets " + tokens
								+ " (auto-generated before 1.24 or created by hand); use bound tokens.",
						Map.of("secrets", String.join(",", tokens)));
			}
		}
		if (secretsReadable) {
			new LegacyTokenSecretJudge(judge).judgeAll();
		}
		else {
			judge.unknown(ObjectRef.CLUSTER, "secrets",
					"Secrets could not be read (" + judge.snapshot().status(ResourceKind.SECRETS).state()
							+ "): legacy token Secrets not listed by a ServiceAccount are not visible.");
		}
	}

}
