package dev.fleetward.security;

import java.net.http.HttpResponse;
import java.util.UUID;

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
 * User management over HTTP: admins only, problems naming the field, and never without an
 * admin.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UsersApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "a-long-password-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private WebClient signedIn(String username, String password) {
		WebClient client = new WebClient(this.port);
		HttpResponse<String> response = client.signIn(username, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return client;
	}

	private WebClient admin() {
		return signedIn("admin", "admin-password-for-tests");
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private JsonNode create(WebClient admin, String body) {
		HttpResponse<String> created = admin.postJson("/api/v1/users", body, true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body());
	}

	private static String field(HttpResponse<String> problem) {
		assertThat(problem.statusCode()).as(problem.body()).isEqualTo(400);
		return JSON.readTree(problem.body()).get("errors").get(0).get("field").asString();
	}

	@Test
	void onlyAdminsManageUsers() {
		WebClient admin = admin();
		String operator = unique("operator");
		create(admin, "{\"username\":\"" + operator + "\",\"role\":\"OPERATOR\",\"password\":\"" + PASSWORD + "\"}");
		WebClient signedIn = signedIn(operator, PASSWORD);
		assertThat(signedIn.get("/api/v1/users").statusCode()).isEqualTo(403);
		assertThat(signedIn.postJson("/api/v1/users", "{\"username\":\"x\",\"role\":\"ADMIN\"}", true).statusCode())
			.isEqualTo(403);

		HttpResponse<String> readToken = admin.postJson("/api/v1/tokens",
				"{\"name\":\"" + unique("read") + "\",\"scopes\":[\"read\"]}", true);
		String value = JSON.readTree(readToken.body()).get("value").asString();
		WebClient integration = new WebClient(this.port);
		assertThat(integration.get("/api/v1/users", value).statusCode()).isEqualTo(200);
		assertThat(
				integration.postJson("/api/v1/users", "{\"username\":\"x\",\"role\":\"VIEWER\"}", value).statusCode())
			.as("changes need the write scope")
			.isEqualTo(403);
	}

	@Test
	void aGeneratedPasswordIsShownOnceAndListsNeverShowHashes() {
		WebClient admin = admin();
		String username = unique("viewer");
		JsonNode created = create(admin,
				"{\"username\":\"" + username + "\",\"role\":\"VIEWER\",\"teams\":[\"shop\"]}");
		String password = created.get("password").asString();
		assertThat(password).hasSize(20);
		assertThat(created.get("user").get("teams").get(0).asString()).isEqualTo("shop");
		signedIn(username, password);

		HttpResponse<String> list = admin.get("/api/v1/users");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(username).doesNotContain(password, "{bcrypt}", "password");
		assertThat(create(admin,
				"{\"username\":\"" + unique("chosen") + "\",\"role\":\"VIEWER\",\"password\":\"" + PASSWORD + "\"}")
			.get("password")
			.isNull()).as("a chosen password is not echoed").isTrue();
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		WebClient admin = admin();
		String taken = unique("taken");
		create(admin, "{\"username\":\"" + taken + "\",\"role\":\"VIEWER\"}");
		assertThat(field(admin.postJson("/api/v1/users", "{\"username\":\"" + taken + "\",\"role\":\"VIEWER\"}", true)))
			.isEqualTo("username");
		assertThat(field(admin.postJson("/api/v1/users", "{\"username\":\"has space\",\"role\":\"VIEWER\"}", true)))
			.isEqualTo("username");
		assertThat(field(admin.postJson("/api/v1/users", "{\"username\":\"" + unique("u") + "\"}", true)))
			.isEqualTo("role");
		assertThat(field(admin.postJson("/api/v1/users",
				"{\"username\":\"" + unique("u") + "\",\"role\":\"VIEWER\",\"password\":\"short\"}", true)))
			.isEqualTo("password");
		assertThat(field(admin.postJson("/api/v1/users",
				"{\"username\":\"" + unique("u") + "\",\"role\":\"VIEWER\",\"teams\":[]}", true)))
			.isEqualTo("teams");
		assertThat(field(admin.postJson("/api/v1/users",
				"{\"username\":\"" + unique("u") + "\",\"role\":\"VIEWER\",\"teams\":[\" \"]}", true)))
			.isEqualTo("teams");
		assertThat(field(admin.postJson("/api/v1/users",
				"{\"username\":\"" + unique("u") + "\",\"role\":\"ADMIN\",\"teams\":[\"shop\"]}", true)))
			.as("admins are fleet-wide")
			.isEqualTo("teams");
		assertThat(admin.putJson("/api/v1/users/987654321", "{\"role\":\"VIEWER\"}", true).statusCode()).isEqualTo(404);
	}

	@Test
	void rolesAndTeamsChangeAndUsersGo() {
		WebClient admin = admin();
		long id = create(admin, "{\"username\":\"" + unique("mover") + "\",\"role\":\"VIEWER\"}").get("user")
			.get("id")
			.asLong();
		HttpResponse<String> updated = admin.putJson("/api/v1/users/" + id,
				"{\"role\":\"OPERATOR\",\"teams\":[\"payments\",\"shop\"]}", true);
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		JsonNode user = JSON.readTree(updated.body());
		assertThat(user.get("role").asString()).isEqualTo("OPERATOR");
		assertThat(user.get("teams")).hasSize(2);
		assertThat(this.jdbc.queryForObject("SELECT array_to_string(teams, ',') FROM user_account WHERE id = ?",
				String.class, id))
			.isEqualTo("payments,shop");

		assertThat(admin.delete("/api/v1/users/" + id, true).statusCode()).isEqualTo(204);
		assertThat(admin.delete("/api/v1/users/" + id, true).statusCode()).isEqualTo(404);
	}

	@Test
	void thereIsAlwaysAnAdmin() {
		WebClient admin = admin();
		long adminId = this.jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_account WHERE role = 'ADMIN'", Long.class))
			.isEqualTo(1);

		HttpResponse<String> demoted = admin.putJson("/api/v1/users/" + adminId, "{\"role\":\"VIEWER\"}", true);
		assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(409);
		assertThat(JSON.readTree(demoted.body()).get("detail").asString()).contains("last admin");
		assertThat(admin.delete("/api/v1/users/" + adminId, true).statusCode()).as("not yourself").isEqualTo(409);
		assertThat(this.jdbc.queryForObject("SELECT role FROM user_account WHERE id = ?", String.class, adminId))
			.isEqualTo("ADMIN");

		long second = create(admin, "{\"username\":\"" + unique("second-admin") + "\",\"role\":\"ADMIN\"}").get("user")
			.get("id")
			.asLong();
		assertThat(admin.putJson("/api/v1/users/" + second, "{\"role\":\"VIEWER\"}", true).statusCode()).isEqualTo(200);
		assertThat(admin.delete("/api/v1/users/" + second, true).statusCode()).isEqualTo(204);
	}

}
