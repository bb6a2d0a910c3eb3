package dev.fleetward.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import dev.fleetward.snapshot.KindStatus;
import dev.fleetward.snapshot.ManifestLoader;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every fixture under {@code src/test/resources/checks/<check-id>/}: the outcome is
 * in the file name ({@code pass.*}, {@code fail.*}, {@code unknown.*}, {@code na.*}). A
 * first line {@code # fleetward-fixture: forbidden=KIND failed=KIND notfound=KIND} marks
 * kinds as not read, to test the engine's UNKNOWN and NOT_APPLICABLE answers;
 * {@code tls=verified} or {@code tls=insecure} says how the snapshot's API server was
 * reached.
 */
class CheckFixturesTest {

	static final Path FIXTURES = Path.of("src/test/resources/checks");

	private static final CheckEngine ENGINE = CheckEngine.withDefaults();

	static Stream<Path> fixtures() throws IOException {
		try (Stream<Path> walk = Files.walk(FIXTURES)) {
			return walk.filter((p) -> p.toString().endsWith(".yaml")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void fixture(Path file) throws IOException {
		String checkId = file.getParent().getFileName().toString();
		String outcome = file.getFileName().toString().split("\\.")[0];
		Snapshot.Builder builder = Snapshot.builder(Instant.parse("2025-06-01T00:00:00Z"));
		assertThat(new ManifestLoader().load(file, builder)).as("problems reading " + file).isEmpty();
		applyHeader(Files.readAllLines(file), builder);
		List<CheckResult> results = ENGINE.run(builder.remainingKindsComplete().build())
			.stream()
			.filter((r) -> r.checkId().equals(checkId))
			.toList();
		assertThat(results).as("results of " + checkId).isNotEmpty();
		switch (outcome) {
			case "pass" -> assertThat(results).extracting(CheckResult::status)
				.contains(CheckStatus.PASS)
				.doesNotContain(CheckStatus.FAIL, CheckStatus.UNKNOWN);
			case "fail" -> assertThat(results).extracting(CheckResult::status).contains(CheckStatus.FAIL);
			case "unknown" -> assertThat(results).extracting(CheckResult::status).containsOnly(CheckStatus.UNKNOWN);
			case "na" -> assertThat(results).extracting(CheckResult::status).containsOnly(CheckStatus.NOT_APPLICABLE);
			default -> throw new AssertionError("fixture name must start with pass, fail, unknown or na: " + file);
		}
	}

	private static void applyHeader(List<String> lines, Snapshot.Builder builder) {
		if (lines.isEmpty() || !lines.get(0).startsWith("# fleetward-fixture:")) {
			return;
		}
		for (String setting : lines.get(0).substring("# fleetward-fixture:".length()).trim().split("\\s+")) {
			String[] parts = setting.split("=");
			if (parts[0].equals("tls")) {
				builder.tlsVerified(parts[1].equals("verified"));
				continue;
			}
			ResourceKind kind = ResourceKind.valueOf(parts[1]);
			builder.status(kind, switch (parts[0]) {
				case "forbidden" -> KindStatus.forbidden("403 in fixture");
				case "failed" -> KindStatus.failed("timeout in fixture");
				case "notfound" -> KindStatus.notFound("404 in fixture");
				default -> throw new AssertionError("unknown fixture setting " + setting);
			});
		}
	}

}
