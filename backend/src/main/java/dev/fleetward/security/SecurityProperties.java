package dev.fleetward.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings, {@code fleetward.security.*}.
 *
 * @param adminPassword password for the first {@code admin} user; generated when empty
 * @param bootstrapToken on a first start with no API token, an ADMIN token with this
 * value
 * @param loginMaxFailures failed sign-ins, per user name or per client address, before
 * sign-in is refused for {@code loginWindow}
 * @param loginWindow how long failures are remembered and sign-in stays refused
 */
@ConfigurationProperties("fleetward.security")
public record SecurityProperties(String adminPassword, String bootstrapToken, @DefaultValue("5") int loginMaxFailures,
		@DefaultValue("5m") Duration loginWindow) {
}
