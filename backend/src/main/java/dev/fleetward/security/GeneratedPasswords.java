package dev.fleetward.security;

import java.security.SecureRandom;

/**
 * Passwords made for a person to type once and change: 20 characters without look-alikes
 * (no 0/O, 1/l/I), about 115 bits.
 */
final class GeneratedPasswords {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private GeneratedPasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
