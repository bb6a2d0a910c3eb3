package dev.fleetward.webhook;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
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

/**
 * Subscriptions over HTTP with the default policy: admins only, the secret never comes
 * back, private targets are refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebhookApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SECRET = "0123456789abcdef-secret";

	@LocalServerPort
	int port;

	WebClient admin;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void signIn() {
		this.admin = new WebClient(this.port);
		assertThat(this.admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
	}

	private static String subscription(String url, String secret) {
		return "{\"url\":\"" + url + "\",\"events\":[\"finding.opened\"],\"secret\":\"" + secret + "\"}";
	}

	private static String fieldAtFault(HttpResponse<String> problem) {
		return JSON.readTree(problem.body()).get("errors").get(0).get("field").asString();
	}

	@Test
	void anonymousCallersGet401() {
		assertThat(new WebClient(this.port).get("/api/v1/webhooks").statusCode()).isEqualTo(401);
	}

	@Test
	void viewersMayNotSubscribe() {
		HttpResponse<String> token = this.admin.postJson("/api/v1/tokens",
				"{\"name\":\"hook-viewer\",\"role\":\"VIEWER\",\"scopes\":[\"read\"]}", true);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
		String viewer = JSON.readTree(token.body()).get("value").asString();
		HttpResponse<String> refused = new WebClient(this.port).postJson("/api/v1/webhooks",
				subscription("https://93.184.216.34/hook", SECRET), viewer);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(new WebClient(this.port).get("/api/v1/webhooks", viewer).statusCode()).isEqualTo(403);
	}

	@Test
	void privateTargetsAreRefusedNamingTheUrl() {
		for (String url : new String[] { "http://127.0.0.1:9/hook", "http://localhost/hook",
				"http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://[fe80::1]/hook" }) {
			HttpResponse<String> problem = this.admin.postJson("/api/v1/webhooks", subscription(url, SECRET), true);
			assertThat(problem.statusCode()).as(url).isEqualTo(400);
			assertThat(fieldAtFault(problem)).as(url).isEqualTo("url");
		}
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		HttpResponse<String> shortSecret = this.admin.postJson("/api/v1/webhooks",
				subscription("https://93.184.216.34/hook", "too-short"), true);
		assertThat(shortSecret.statusCode()).isEqualTo(400);
		assertThat(fieldAtFault(shortSecret)).isEqualTo("secret");

		HttpResponse<String> badEvent = this.admin.postJson("/api/v1/webhooks",
				"{\"url\":\"https://93.184.216.34/hook\",\"events\":[\"finding.deleted\"],\"secret\":\"" + SECRET
						+ "\"}",
				true);
		assertThat(badEvent.statusCode()).isEqualTo(400);
		assertThat(fieldAtFault(badEvent)).isEqualTo("events");

		HttpResponse<String> badScheme = this.admin.postJson("/api/v1/webhooks",
				subscription("ftp://93.184.216.34/hook", SECRET), true);
		assertThat(badScheme.statusCode()).isEqualTo(400);
		assertThat(fieldAtFault(badScheme)).isEqualTo("url");
	}

	@Test
	void createListDeleteNeverShowsTheSecret() {
		HttpResponse<String> created = this.admin
			.postJson("/api/v1/webhooks",
					"{\"url\":\"https://93.184.216.34/hook\",\"events\":[\"finding.opened\",\"finding.resolved\"],"
							+ "\"secret\":\"" + SECRET + "\",\"severities\":[\"HIGH\"],\"areas\":[\"security\"]}",
					true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).doesNotContain(SECRET);
		JsonNode subscription = JSON.readTree(created.body());
		String id = subscription.get("id").asString();
		assertThat(subscription.get("severities").get(0).asString()).isEqualTo("high");
		assertThat(subscription.get("areas").get(0).asString()).isEqualTo("SECURITY");

		HttpResponse<String> list = this.admin.get("/api/v1/webhooks");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(id).doesNotContain(SECRET);
		assertThat(this.jdbc.queryForObject("SELECT t::text FROM webhook_subscription t WHERE id = ?::uuid",
				String.class, id))
			.as("the signing secret is sealed in the database")
			.doesNotContain(SECRET);
		assertThat(this.admin.get("/api/v1/webhooks/" + id + "/deliveries").body()).isEqualTo("[]");

		assertThat(this.admin.delete("/api/v1/webhooks/" + id, true).statusCode()).isEqualTo(204);
		assertThat(this.admin.delete("/api/v1/webhooks/" + id, true).statusCode()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/webhooks/" + id + "/deliveries").statusCode()).isEqualTo(404);
	}

}
