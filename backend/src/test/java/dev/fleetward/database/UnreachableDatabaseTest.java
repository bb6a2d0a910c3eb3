package dev.fleetward.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.fleetward.Application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseTest {

	@Test
	void stopsWithOneClearLineNamingTheUrl(CapturedOutput output) {
		String url = "jdbc:postgresql://127.0.0.1:9/fleetward";
		assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(
				"--spring.datasource.url=" + url + "?password=hunter2", "--spring.datasource.username=fleetward",
				"--server.port=0"))
			.isNotNull();
		assertThat(output.getAll()).contains("Cannot connect to the database at " + url + ":")
			.doesNotContain("hunter2")
			.doesNotContain("\tat org.postgresql");
	}

}
