package dev.fleetward.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.fleetward.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenApiTest {

	@LocalServerPort
	int port;

	@Test
	void theApiIsDescribedForSignedInCallersOnly() {
		assertThat(new WebClient(this.port).get("/v3/api-docs").statusCode()).isEqualTo(401);

		WebClient admin = new WebClient(this.port);
		admin.signIn("admin", "admin-password-for-tests");
		HttpResponse<String> docs = admin.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode api = JsonMapper.builder().build().readTree(docs.body());
		assertThat(api.get("info").get("title").asString()).isEqualTo("Fleetward API");
		assertThat(api.get("paths").has("/api/v1/findings")).isTrue();
		assertThat(api.get("paths").has("/api/v1/clusters")).isTrue();
		assertThat(api.get("components").get("securitySchemes").has("apiToken")).isTrue();
		assertThat(admin.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);

		// Every webhook event is documented with its signature headers and body schema.
		assertThat(api.get("webhooks").propertyNames()).containsExactlyInAnyOrder("finding.opened", "finding.resolved",
				"finding.reopened", "scan.failed", "cluster.stale");
		JsonNode resolved = api.get("webhooks").get("finding.resolved").get("post");
		assertThat(resolved.get("parameters").findValuesAsString("name")).contains("Fleetward-Signature",
				"Fleetward-Timestamp", "Fleetward-Event-Id");
		assertThat(resolved.at("/requestBody/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/FindingEvent");
		JsonNode schemas = api.get("components").get("schemas");
		assertThat(schemas.at("/WebhookFinding/properties").propertyNames()).contains("id", "checkId", "severity",
				"status", "ticket");
		assertThat(schemas.at("/WebhookTicket/properties").propertyNames()).contains("system", "key", "url");
		assertThat(schemas.at("/ClusterStaleEvent/properties").has("consecutiveFailures")).isTrue();
		assertThat(schemas.at("/ScanFailedEvent/properties").has("scan")).isTrue();
	}

}
