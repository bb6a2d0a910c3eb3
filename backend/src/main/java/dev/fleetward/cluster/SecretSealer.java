package dev.fleetward.cluster;

import java.util.Base64;

import dev.fleetward.cluster.internal.CredentialCipher;

/**
 * Seals other secrets Fleetward must keep (webhook signing secrets) with the same
 * AES-256-GCM keys as cluster credentials, as text: {@code <key id>:<base64>}, bound to
 * the row that owns it.
 */
public final class SecretSealer {

	private final CredentialCipher cipher;

	SecretSealer(CredentialCipher cipher) {
		this.cipher = cipher;
	}

	public String seal(String secret, String boundTo) {
		CredentialCipher.Sealed sealed = this.cipher.encrypt(secret, boundTo);
		return sealed.keyId() + ":" + Base64.getEncoder().encodeToString(sealed.ciphertext());
	}

	public String open(String sealed, String boundTo) {
		int colon = sealed.indexOf(':');
		if (colon < 0) {
			throw new IllegalStateException("A stored secret is not sealed");
		}
		return this.cipher.decrypt(new CredentialCipher.Sealed(sealed.substring(0, colon),
				Base64.getDecoder().decode(sealed.substring(colon + 1))), boundTo);
	}

}
