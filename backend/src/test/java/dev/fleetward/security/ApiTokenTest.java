package dev.fleetward.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.fleetward.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiTokenTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private WebClient admin() {
		WebClient client = new WebClient(this.port);
		assertThat(client.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		return client;
	}

	private String createToken(WebClient admin, String body) {
		HttpResponse<String> created = admin.postJson("/api/v1/tokens", body, true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("value").asString();
	}

	@Test
	void tokenIsShownOnceAndStoredOnlyAsAHash() {
		WebClient admin = admin();
		String value = createToken(admin, "{\"name\":\"ticketing\",\"scopes\":[\"read\"]}");
		assertThat(value).startsWith("fwt_").hasSizeGreaterThan(40);

		HttpResponse<String> list = admin.get("/api/v1/tokens");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("ticketing").doesNotContain(value);
		Integer clear = this.jdbc.queryForObject(
				"SELECT count(*) FROM api_token WHERE token_hash = ? OR token_prefix = ? OR name = ?", Integer.class,
				value, value, value);
		assertThat(clear).isZero();

		HttpResponse<String> me = new WebClient(this.port).get("/api/v1/me", value);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo("token:ticketing");
	}

	@Test
	void readTokenCannotWriteAndWriteTokenNeedsNoCsrf() {
		WebClient admin = admin();
		String read = createToken(admin, "{\"name\":\"reader\",\"scopes\":[\"read\"]}");
		String write = createToken(admin, "{\"name\":\"writer\",\"scopes\":[\"read\",\"write\"]}");
		WebClient integration = new WebClient(this.port);

		HttpResponse<String> refused = integration.postJson("/api/v1/tokens", "{\"name\":\"x\"}", read);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("read scope");

		assertThat(integration.postJson("/api/v1/tokens", "{\"name\":\"made-by-token\"}", write).statusCode())
			.isEqualTo(201);
	}

	@Test
	void revokedAndUnknownTokensAreRejected() {
		WebClient admin = admin();
		HttpResponse<String> created = admin.postJson("/api/v1/tokens", "{\"name\":\"short-lived\"}", true);
		JsonNode body = JSON.readTree(created.body());
		String value = body.get("value").asString();
		String id = body.get("token").get("id").asString();
		WebClient integration = new WebClient(this.port);
		assertThat(integration.get("/api/v1/me", value).statusCode()).isEqualTo(200);

		assertThat(admin.delete("/api/v1/tokens/" + id, true).statusCode()).isEqualTo(204);
		assertThat(integration.get("/api/v1/me", value).statusCode()).isEqualTo(401);
		assertThat(integration.get("/api/v1/me", "fwt_not-a-token").statusCode()).isEqualTo(401);
		assertThat(admin.delete("/api/v1/tokens/00000000-0000-0000-0000-000000000000", true).statusCode())
			.isEqualTo(404);
	}

	@Test
	void viewerTokenCannotManageTokens() {
		WebClient admin = admin();
		String viewer = createToken(admin, "{\"name\":\"viewer\",\"role\":\"VIEWER\",\"scopes\":[\"read\"]}");
		assertThat(new WebClient(this.port).get("/api/v1/tokens", viewer).statusCode()).isEqualTo(403);
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		WebClient admin = admin();
		HttpResponse<String> blank = admin.postJson("/api/v1/tokens", "{\"name\":\" \"}", true);
		assertThat(blank.statusCode()).isEqualTo(400);
		JsonNode problem = JSON.readTree(blank.body());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("name");

		HttpResponse<String> tooLong = admin.postJson("/api/v1/tokens", "{\"name\":\"x\",\"expiresInDays\":400}", true);
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(tooLong.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("expiresInDays");

		HttpResponse<String> badScope = admin.postJson("/api/v1/tokens", "{\"name\":\"x\",\"scopes\":[\"root\"]}",
				true);
		assertThat(badScope.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(badScope.body()).get("errors").get(0).get("field").asString()).isEqualTo("scopes[0]");
		assertThat(badScope.body()).contains("unknown scope").doesNotContain("Exception").doesNotContain("at dev.");
	}

}
