package dev.fleetward;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature modules honest: no cycles, no reaching into another module's
 * {@code internal} package.
 */
class ModularityTest {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(Application.class).verify();
	}

}
