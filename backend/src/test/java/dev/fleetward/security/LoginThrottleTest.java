package dev.fleetward.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.fleetward.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is throttled; the window is short here so the test can wait it out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "fleetward.security.login-max-failures=5", "fleetward.security.login-window=3s" })
class LoginThrottleTest {

	@LocalServerPort
	int port;

	@Test
	void tenWrongPasswordsAreThrottledAndTheRightOneWorksAfterTheWindow() throws Exception {
		WebClient client = new WebClient(this.port);
		int refused = 0;
		HttpResponse<String> last = null;
		for (int i = 0; i < 10; i++) {
			last = client.signIn("admin", "wrong-" + i);
			if (last.statusCode() == 429) {
				refused++;
			}
			else {
				assertThat(last.statusCode()).isEqualTo(401);
			}
		}
		assertThat(refused).isEqualTo(5);
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertThat(JsonMapper.builder().build().readTree(last.body()).get("detail").asString())
			.startsWith("Too many failed sign-ins. Try again in");

		// Throttled means throttled: even the right password is refused inside the
		// window.
		assertThat(client.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(429);

		Thread.sleep(3_200);
		assertThat(client.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
	}

}
