package dev.fleetward.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.fleetward.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionSecurityTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void apiAnswersAnonymousCallersWith401Problem() {
		HttpResponse<String> response = new WebClient(this.port).get("/api/v1/anything");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
		assertThat(problem.get("detail").asString()).contains("Sign in");
	}

	@Test
	void anonymousChangesWithoutASessionGet401NotACsrfRefusal() {
		HttpResponse<String> response = new WebClient(this.port).postJson("/api/v1/tokens", "{\"name\":\"x\"}", false);
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void healthAndTheAppShellArePublicButPrometheusIsNot() {
		WebClient client = new WebClient(this.port);
		HttpResponse<String> health = client.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
		assertThat(client.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(client.get("/actuator/env").statusCode()).isIn(401, 404);
	}

	@Test
	void signInChangesTheSessionAndShowsTheUser() {
		WebClient client = new WebClient(this.port);
		client.get("/api/v1/me");
		String sessionBefore = client.cookie("JSESSIONID");
		HttpResponse<String> login = client.signIn("admin", "admin-password-for-tests");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(login.body()).get("role").asString()).isEqualTo("ADMIN");
		assertThat(client.cookie("JSESSIONID")).isNotNull().isNotEqualTo(sessionBefore);

		HttpResponse<String> me = client.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo("admin");
	}

	@Test
	void stateChangingRequestWithoutCsrfTokenIsRefused() {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);

		HttpResponse<String> noToken = client.postJson("/api/v1/tokens", "{\"name\":\"ci\"}", false);
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(noToken.body()).get("detail").asString()).contains("CSRF");

		HttpResponse<String> logoutWithoutToken = client.postForm("/auth/logout", Map.of(), false);
		assertThat(logoutWithoutToken.statusCode()).isEqualTo(403);
		assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(200);
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() {
		WebClient client = new WebClient(this.port);
		client.get("/api/v1/me");
		HttpResponse<String> login = client.postForm("/auth/login",
				Map.of("username", "admin", "password", "admin-password-for-tests"), false);
		assertThat(login.statusCode()).isEqualTo(403);
	}

	@Test
	void signOutEndsTheSession() {
		WebClient client = new WebClient(this.port);
		client.signIn("admin", "admin-password-for-tests");
		assertThat(client.postForm("/auth/logout", Map.of(), true).statusCode()).isEqualTo(204);
		assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void wrongPasswordIsAProblemWithoutDetailsAboutTheAccount() {
		WebClient client = new WebClient(this.port);
		HttpResponse<String> wrongUser = client.signIn("nobody", "x");
		HttpResponse<String> wrongPassword = client.signIn("admin", "wrong");
		assertThat(wrongUser.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(wrongUser.body()).get("detail"))
			.isEqualTo(JSON.readTree(wrongPassword.body()).get("detail"));
	}

	@Test
	void securityHeadersAreSet() {
		HttpResponse<String> response = new WebClient(this.port).get("/actuator/health");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'"));
	}

}
