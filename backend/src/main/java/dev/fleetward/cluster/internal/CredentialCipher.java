package dev.fleetward.cluster.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for credentials at rest. A fresh 96-bit nonce per encryption; the row's id
 * is authenticated as associated data, so a ciphertext copied onto another row does not
 * decrypt.
 */
public final class CredentialCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final EncryptionKeys keys;

	private final SecureRandom random = new SecureRandom();

	public CredentialCipher(EncryptionKeys keys) {
		this.keys = keys;
	}

	public Sealed encrypt(String plaintext, String boundTo) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return new Sealed(this.keys.currentId(),
					ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JVM", ex);
		}
	}

	public String decrypt(Sealed sealed, String boundTo) {
		ByteBuffer buffer = ByteBuffer.wrap(sealed.ciphertext());
		byte[] nonce = new byte[NONCE_BYTES];
		buffer.get(nonce);
		byte[] body = new byte[buffer.remaining()];
		buffer.get(body);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.keys.byId(sealed.keyId()), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A stored credential does not decrypt with key " + sealed.keyId()
					+ " (wrong key, or the row was tampered with)");
		}
	}

	/** Whether a value was sealed with an older key and should be re-encrypted. */
	public boolean isStale(Sealed sealed) {
		return !sealed.keyId().equals(this.keys.currentId());
	}

	/**
	 * A ciphertext and the id of the key that made it.
	 */
	public record Sealed(String keyId, byte[] ciphertext) {
	}

}
