package dev.fleetward.cluster.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.fleetward.collect.ClusterAccess;

/**
 * The secret parts of a cluster's access (CA, token, client certificate and key) as one
 * sealed JSON document, so no credential column ever holds clear text.
 */
public final class SealedCredentials {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CredentialCipher cipher;

	public SealedCredentials(CredentialCipher cipher) {
		this.cipher = cipher;
	}

	public CredentialCipher.Sealed seal(ClusterAccess access, String clusterId) {
		Map<String, String> secret = new LinkedHashMap<>();
		put(secret, "ca", access.caCertificatePem());
		put(secret, "token", access.bearerToken());
		put(secret, "clientCertificate", access.clientCertificatePem());
		put(secret, "clientKey", access.clientKeyPem());
		return this.cipher.encrypt(JSON.writeValueAsString(secret), clusterId);
	}

	@SuppressWarnings("unchecked")
	public ClusterAccess open(CredentialCipher.Sealed sealed, String clusterId, String server, boolean insecure) {
		Map<String, String> secret = JSON.readValue(this.cipher.decrypt(sealed, clusterId), Map.class);
		return new ClusterAccess(server, secret.get("ca"), secret.get("token"), secret.get("clientCertificate"),
				secret.get("clientKey"), insecure);
	}

	public boolean isStale(CredentialCipher.Sealed sealed) {
		return this.cipher.isStale(sealed);
	}

	private static void put(Map<String, String> map, String key, String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
