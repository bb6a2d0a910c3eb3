package dev.fleetward.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * For provisioning and GitOps: {@code FLEETWARD_BOOTSTRAP_TOKEN} on a first start becomes
 * an ADMIN API token (stored hashed like every token). Ignored once any token exists.
 */
@Component
class TokenBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TokenBootstrap.class);

	static final int MIN_LENGTH = 32;

	private final ApiTokens tokens;

	private final SecurityProperties properties;

	TokenBootstrap(ApiTokens tokens, SecurityProperties properties) {
		this.tokens = tokens;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String value = this.properties.bootstrapToken();
		if (value == null || value.isBlank() || this.tokens.any()) {
			return;
		}
		if (value.length() < MIN_LENGTH) {
			log.error("FLEETWARD_BOOTSTRAP_TOKEN is shorter than {} characters; no token was created", MIN_LENGTH);
			return;
		}
		this.tokens.createWithValue(value, "bootstrap", ApiTokens.MAX_LIFETIME);
		log.info("Created the bootstrap ADMIN API token from FLEETWARD_BOOTSTRAP_TOKEN");
	}

}
