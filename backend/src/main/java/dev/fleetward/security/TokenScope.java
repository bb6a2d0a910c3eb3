package dev.fleetward.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an API token may do: {@code read} only allows safe methods (GET, HEAD);
 * {@code write} also allows changes, within the token's role.
 */
public enum TokenScope {

	READ, WRITE;

	@JsonValue
	public String value() {
		return name().toLowerCase();
	}

	@JsonCreator
	public static TokenScope of(String value) {
		for (TokenScope scope : values()) {
			if (scope.value().equalsIgnoreCase(value)) {
				return scope;
			}
		}
		throw new IllegalArgumentException("unknown scope '" + value + "' (expected read or write)");
	}

	String authority() {
		return "SCOPE_" + value();
	}

}
