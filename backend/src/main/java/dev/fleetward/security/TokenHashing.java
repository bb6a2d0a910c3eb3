package dev.fleetward.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens are 256 random bits, so a fast hash is enough to store them safely (unlike
 * passwords, they cannot be guessed from a dictionary).
 */
final class TokenHashing {

	static final String PREFIX = "fwt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenHashing() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	static String displayPrefix(String token) {
		return token.substring(0, Math.min(token.length(), PREFIX.length() + 6));
	}

}
