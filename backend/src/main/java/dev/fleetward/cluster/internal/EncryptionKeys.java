package dev.fleetward.cluster.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that protect cluster credentials at rest. The current key encrypts;
 * older keys (after a rotation) still decrypt until every row has been re-encrypted. Each
 * key has a short id, derived from the key, stored beside each ciphertext.
 * <p>
 * The key comes from {@code FLEETWARD_ENCRYPTION_KEY} (base64 of 32 bytes) or, when that
 * is unset, from a key file created on the first run, readable by the owner only.
 */
public final class EncryptionKeys {

	private final String currentId;

	private final Map<String, SecretKey> byId;

	private EncryptionKeys(List<byte[]> keys) {
		Map<String, SecretKey> ids = new LinkedHashMap<>();
		for (byte[] key : keys) {
			if (key.length != 32) {
				throw new IllegalArgumentException(
						"An encryption key must be 32 bytes (base64 of 32 random bytes), not " + key.length);
			}
			ids.put(idOf(key), new SecretKeySpec(key, "AES"));
		}
		this.currentId = ids.keySet().iterator().next();
		this.byId = Map.copyOf(ids);
	}

	/** The current key first, then any older keys still needed to decrypt. */
	public static EncryptionKeys of(String currentBase64, List<String> olderBase64) {
		List<byte[]> keys = new java.util.ArrayList<>();
		keys.add(decode(currentBase64, "FLEETWARD_ENCRYPTION_KEY"));
		for (String older : olderBase64) {
			keys.add(decode(older, "FLEETWARD_ENCRYPTION_OLD_KEYS"));
		}
		return new EncryptionKeys(keys);
	}

	/** Reads the key file, creating it with a fresh random key (mode 0600) if missing. */
	public static EncryptionKeys fromKeyFile(Path file, List<String> olderBase64) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return of(Files.readString(file, StandardCharsets.US_ASCII).strip(), olderBase64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the encryption key file " + file, ex);
		}
	}

	public static String newKeyBase64() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		catch (FileAlreadyExistsException ex) {
			return;
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		Files.writeString(file, newKeyBase64() + "\n", StandardCharsets.US_ASCII);
	}

	public String currentId() {
		return this.currentId;
	}

	SecretKey current() {
		return this.byId.get(this.currentId);
	}

	SecretKey byId(String id) {
		SecretKey key = this.byId.get(id);
		if (key == null) {
			throw new IllegalStateException("No encryption key with id " + id
					+ " is configured; add the old key to FLEETWARD_ENCRYPTION_OLD_KEYS");
		}
		return key;
	}

	private static byte[] decode(String base64, String setting) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(setting + " is not valid base64");
		}
	}

	private static String idOf(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
