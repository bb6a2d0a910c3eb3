package dev.fleetward.cluster.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the expiry ({@code exp}) of a bearer token that is a JWT, as service-account
 * tokens are. The signature is not checked: the API server does that; this is only for
 * warning the user before the token stops working.
 */
public final class TokenExpiry {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TokenExpiry() {
	}

	public static Optional<Instant> of(String token) {
		if (token == null) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
			JsonNode claims = JSON.readTree(new String(payload, StandardCharsets.UTF_8));
			JsonNode exp = claims.get("exp");
			return (exp != null && exp.isNumber()) ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
					: Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
