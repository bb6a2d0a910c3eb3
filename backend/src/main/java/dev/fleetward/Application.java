package dev.fleetward;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Fleetward: governance dashboard for fleets of Kubernetes clusters.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

	public static void main(String[] args) {
		SpringApplication.run(Application.class, args);
	}

	/** Time comes from here, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
