package dev.fleetward.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenUseTest {

	private static final Instant CREATED = Instant.parse("2030-01-01T00:00:00Z");

	private final ApiToken token = new ApiToken("ci", "hash", "fw_abc", Role.VIEWER, Set.of(TokenScope.READ),
			Visibility.fleetWide(), "admin", CREATED, CREATED.plus(Duration.ofDays(30)));

	@Test
	void theFirstUseIsRecorded() {
		this.token.usedAt(CREATED.plusSeconds(5));

		assertThat(this.token.lastUsedAt()).isEqualTo(CREATED.plusSeconds(5));
	}

	@Test
	void usesWithinAMinuteOfTheRecordedOneLeaveItAsItIs() {
		this.token.usedAt(CREATED);
		this.token.usedAt(CREATED.plusSeconds(59));
		this.token.usedAt(CREATED.plus(ApiToken.LAST_USED_PRECISION));

		assertThat(this.token.lastUsedAt()).isEqualTo(CREATED);
	}

	@Test
	void aUseMoreThanAMinuteLaterIsRecorded() {
		this.token.usedAt(CREATED);
		this.token.usedAt(CREATED.plusSeconds(61));

		assertThat(this.token.lastUsedAt()).isEqualTo(CREATED.plusSeconds(61));
	}

}
