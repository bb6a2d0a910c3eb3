package dev.fleetward.cluster;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.WebClient;
import dev.fleetward.simulator.ClusterSpec;
import dev.fleetward.simulator.FleetSpec;
import dev.fleetward.simulator.SimulatedCluster;
import dev.fleetward.simulator.SimulatedFleet;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClusterRegistrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path kubeconfigs;

	static SimulatedFleet fleet;

	static SimulatedCluster prodUs;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startFleet() {
		fleet = SimulatedFleet.start(FleetSpec.of(ClusterSpec.builtIn("prod-us")), kubeconfigs);
		prodUs = fleet.cluster("prod-us");
	}

	@AfterAll
	static void stopFleet() {
		fleet.close();
	}

	@AfterEach
	void cleanUp() {
		prodUs.faults().clear();
		this.jdbc.update("DELETE FROM cluster");
	}

	private WebClient admin() {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		return client;
	}

	private static String registration(String name, Map<String, Object> access) {
		Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("name", name, "environment", "prod"));
		body.putAll(access);
		return JSON.writeValueAsString(body);
	}

	@Test
	void registersFromAKubeconfigAndKeepsCredentialsOutOfResponsesAndTheDatabase() {
		WebClient admin = admin();
		HttpResponse<String> created = admin.postJson("/api/v1/clusters",
				registration("prod-us", Map.of("kubeconfig", prodUs.kubeconfig())), true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode cluster = JSON.readTree(created.body());
		assertThat(cluster.get("health").asString()).isEqualTo("NEW");
		assertThat(cluster.get("server").asString()).isEqualTo(prodUs.url());
		assertThat(created.body()).doesNotContain(prodUs.token()).doesNotContain("BEGIN CERTIFICATE");

		String list = admin.get("/api/v1/clusters").body();
		assertThat(list).contains("prod-us").doesNotContain(prodUs.token());

		List<Map<String, Object>> rows = this.jdbc.queryForList("SELECT * FROM cluster");
		String dump = rows.toString()
				+ this.jdbc.queryForList("SELECT encode(credential_ciphertext, 'escape') AS c FROM cluster").toString();
		String caBody = prodUs.caCertPem().lines().filter((l) -> !l.startsWith("-----")).findFirst().orElseThrow();
		assertThat(dump).doesNotContain(prodUs.token()).doesNotContain(caBody).doesNotContain("BEGIN CERTIFICATE");
	}

	@Test
	void kubeconfigWithExecIsRefusedNamingTheFieldAndRunsNothing(@TempDir Path dir) {
		Path marker = dir.resolve("exec-ran");
		String exec = prodUs.kubeconfig()
			.replaceFirst("(?m)^(\\s+)token: .*$", "$1exec:\n$1  apiVersion: client.authentication.k8s.io/v1\n"
					+ "$1  command: /bin/sh\n$1  args: [\"-c\", \"touch " + marker + "\"]");
		assertThat(exec).contains("exec:");
		HttpResponse<String> refused = admin().postJson("/api/v1/clusters",
				registration("evil", Map.of("kubeconfig", exec)), true);
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("users[0].user.exec");
		assertThat(Files.exists(marker)).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM cluster", Integer.class)).isZero();
	}

	@Test
	void connectionTestReportsVersionAndWhatMayNotBeListed() {
		prodUs.faults().forbid("clusterrolebindings");
		HttpResponse<String> report = admin().postJson("/api/v1/clusters/connection-test",
				JSON.writeValueAsString(Map.of("kubeconfig", prodUs.kubeconfig())), true);
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(report.body());
		assertThat(body.get("reachable").asBoolean()).isTrue();
		assertThat(body.get("serverVersion").asString()).isEqualTo(prodUs.gitVersion());
		assertThat(body.get("missing").toString()).contains("clusterrolebindings.rbac.authorization.k8s.io")
			.doesNotContain("\"pods\"");
	}

	@Test
	void unreachableClusterGivesAClearConnectionTestResult() {
		prodUs.faults().unreachable();
		JsonNode body = JSON.readTree(
				admin()
					.postJson("/api/v1/clusters/connection-test",
							JSON.writeValueAsString(Map.of("kubeconfig", prodUs.kubeconfig())), true)
					.body());
		assertThat(body.get("reachable").asBoolean()).isFalse();
		assertThat(body.get("error").asString()).contains("refused");
	}

	@Test
	void tokenExpiryIsReadFromTheJwtAndWarnedAbout() {
		String soon = jwtExpiringAt(Instant.now().plus(3, ChronoUnit.DAYS));
		HttpResponse<String> created = admin().postJson("/api/v1/clusters",
				registration("expiring",
						Map.of("server", prodUs.url(), "certificateAuthority", prodUs.caCertPem(), "token", soon)),
				true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode cluster = JSON.readTree(created.body());
		assertThat(cluster.get("tokenExpiresSoon").asBoolean()).isTrue();
		assertThat(cluster.get("tokenExpiresAt").asString()).isNotBlank();
	}

	@Test
	void insecureTlsIsRecordedWithWhoAllowedIt() {
		HttpResponse<String> created = admin().postJson("/api/v1/clusters", registration("lab",
				Map.of("server", prodUs.url(), "token", prodUs.token(), "insecureSkipTlsVerify", true)), true);
		JsonNode cluster = JSON.readTree(created.body());
		assertThat(cluster.get("insecureSkipTlsVerify").asBoolean()).isTrue();
		assertThat(cluster.get("insecureAllowedBy").asString()).isEqualTo("admin");
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		WebClient admin = admin();
		HttpResponse<String> badName = admin.postJson("/api/v1/clusters",
				registration("Not A Name", Map.of("kubeconfig", prodUs.kubeconfig())), true);
		assertThat(badName.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(badName.body()).get("errors").get(0).get("field").asString()).isEqualTo("name");
		HttpResponse<String> nothing = admin.postJson("/api/v1/clusters", registration("empty", Map.of()), true);
		assertThat(nothing.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(nothing.body()).get("errors").get(0).get("field").asString()).isEqualTo("kubeconfig");
		admin.postJson("/api/v1/clusters", registration("twice", Map.of("kubeconfig", prodUs.kubeconfig())), true);
		HttpResponse<String> twice = admin.postJson("/api/v1/clusters",
				registration("twice", Map.of("kubeconfig", prodUs.kubeconfig())), true);
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body()).contains("already registered");
	}

	@Test
	void viewersCannotRegister() {
		WebClient admin = admin();
		HttpResponse<String> token = admin.postJson("/api/v1/tokens",
				"{\"name\":\"viewer\",\"role\":\"VIEWER\",\"scopes\":[\"read\",\"write\"]}", true);
		String viewer = JSON.readTree(token.body()).get("value").asString();
		HttpResponse<String> refused = new WebClient(this.port).postJson("/api/v1/clusters",
				registration("nope", Map.of("kubeconfig", prodUs.kubeconfig())), viewer);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(new WebClient(this.port).get("/api/v1/clusters", viewer).statusCode()).isEqualTo(200);
	}

	private static String jwtExpiringAt(Instant exp) {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ b64.encodeToString(
						("{\"sub\":\"system:serviceaccount:fleetward:reader\",\"exp\":" + exp.getEpochSecond() + "}")
							.getBytes(StandardCharsets.UTF_8))
				+ ".c2lnbmF0dXJl";
	}

}
