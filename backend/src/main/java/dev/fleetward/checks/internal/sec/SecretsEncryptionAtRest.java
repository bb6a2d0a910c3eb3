package dev.fleetward.checks.internal.sec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.fleetward.checks.internal.ControlPlane;
import dev.fleetward.checks.internal.Judge;
import dev.fleetward.snapshot.ObjectRef;

/**
 * Without {@code --encryption-provider-config} the API server stores Secrets in etcd in
 * plain text. PASS only means the flag is present: whether the file's first provider is a
 * real one (not {@code identity}) is visible only on the host.
 */
public final class SecretsEncryptionAtRest extends ApiServerFlagCheck {

	static final String FLAG = "encryption-provider-config";

	@Override
	public String id() {
		return "sec-secrets-encryption-at-rest";
	}

	@Override
	protected String subject() {
		return "encryption of Secrets at rest";
	}

	@Override
	protected void judgeFlags(Judge judge, ObjectRef apiServer, List<String> flags) {
		Optional<String> config = ControlPlane.flag(flags, FLAG);
		if (config.isPresent() && !config.get().isBlank()) {
			judge.pass(apiServer, "", "kube-apiserver " + apiServer.name() + " sets --" + FLAG + "=" + config.get()
					+ ". This only shows the flag is present; whether its first provider encrypts (not identity)"
					+ " can only be seen on the host.", Map.of(FLAG, config.get()));
		}
		else {
			judge.fail(apiServer, "", "kube-apiserver " + apiServer.name() + " has no --" + FLAG
					+ ": Secrets are stored unencrypted in etcd.", Map.of(FLAG, "absent"));
		}
	}

}
