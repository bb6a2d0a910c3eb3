package dev.fleetward;

import java.time.Clock;

import java.util.Arrays;

import dev.fleetward.cli.ScanCommand;
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
		// The offline scanner must start in seconds without a database or a port: no
		// Spring.
		if (args.length > 0 && "scan".equals(args[0])) {
			System.exit(ScanCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(Application.class, args);
	}

	/** Time comes from here, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
