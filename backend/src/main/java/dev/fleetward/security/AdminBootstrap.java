package dev.fleetward.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start creates the {@code admin} user. There is no default password: it comes
 * from {@code FLEETWARD_ADMIN_PASSWORD} or is generated and printed once. Later starts
 * find the user and print nothing.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final SecurityProperties properties;

	private final Clock clock;

	AdminBootstrap(UserAccountRepository accounts, PasswordEncoder passwords, SecurityProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String configured = this.properties.adminPassword();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? GeneratedPasswords.next() : configured;
		this.accounts.save(new UserAccount("admin", this.passwords.encode(password), Role.ADMIN, this.clock.instant()));
		if (generated) {
			log.warn("Created user 'admin' with password: {}  (shown once; it is not stored in clear anywhere)",
					password);
		}
		else {
			log.info("Created user 'admin' with the password from FLEETWARD_ADMIN_PASSWORD");
		}
	}

}
