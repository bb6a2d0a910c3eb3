package dev.fleetward.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.fleetward.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@code /api} endpoint keeps, checked against the running app: 401
 * without credentials, 403 for a {@code read} token on writes and for a role too low, 404
 * for an unknown id, 400 naming the field for a bad filter, and always an RFC 7807
 * problem without internals. The endpoints come from Spring's own mappings, and each must
 * have a row in {@link #CONTRACTS}, so a new endpoint cannot ship without this coverage.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Well-formed ids that name nothing. */
	private static final String UNKNOWN_UUID = UUID.randomUUID().toString();

	private static final String UNKNOWN_LONG = "987654321987";

	private static final String MALFORMED_ID = "not-a-uuid";

	private static final String FINDING_FILTERS_BAD = "severity=urgent status=nope area=x since=yesterday "
			+ "updatedSince=2026-13-01T00:00:00Z cluster=not-a-uuid";

	private static final Map<String, Contract> CONTRACTS = Stream.of(
			// security
			get("/api/v1/me", Role.ANY), get("/api/v1/tokens", Role.ADMIN),
			write("POST", "/api/v1/tokens", Role.ADMIN, "{\"name\":\"contract\"}"),
			write("DELETE", "/api/v1/tokens/{id}", Role.ADMIN, null).id(UNKNOWN_UUID), get("/api/v1/users", Role.ADMIN),
			write("POST", "/api/v1/users", Role.ADMIN, "{\"username\":\"contract\",\"role\":\"VIEWER\"}"),
			write("PUT", "/api/v1/users/{id}", Role.ADMIN, "{\"role\":\"VIEWER\",\"teams\":[\"shop\"]}")
				.id(UNKNOWN_LONG),
			write("DELETE", "/api/v1/users/{id}", Role.ADMIN, null).id(UNKNOWN_LONG),
			// cluster
			get("/api/v1/clusters", Role.VIEWER), get("/api/v1/clusters/reader-role", Role.VIEWER),
			get("/api/v1/clusters/{id}", Role.VIEWER).id(UNKNOWN_UUID),
			write("POST", "/api/v1/clusters", Role.ADMIN,
					"{\"name\":\"contract\",\"environment\":\"prod\",\"server\":\"https://10.0.0.1:6443\",\"token\":\"t\"}"),
			write("PUT", "/api/v1/clusters/{id}", Role.ADMIN, "{\"name\":\"contract\",\"environment\":\"prod\"}")
				.id(UNKNOWN_UUID),
			write("DELETE", "/api/v1/clusters/{id}", Role.ADMIN, null).id(UNKNOWN_UUID),
			write("POST", "/api/v1/clusters/{id}/connection-test", Role.ADMIN, null).id(UNKNOWN_UUID),
			write("POST", "/api/v1/clusters/connection-test", Role.ADMIN,
					"{\"server\":\"https://10.0.0.1:6443\",\"token\":\"t\"}"),
			write("POST", "/api/v1/clusters/credentials/re-encrypt", Role.ADMIN, null),
			// scan
			write("POST", "/api/v1/clusters/{id}/scans", Role.OPERATOR, null).id(UNKNOWN_UUID),
			get("/api/v1/clusters/{id}/scans", Role.VIEWER).id(UNKNOWN_UUID).badFilters("limit=-1 limit=201 limit=x"),
			get("/api/v1/scans/{scanId}", Role.VIEWER).id(UNKNOWN_LONG),
			// findings
			get("/api/v1/findings", Role.VIEWER)
				.badFilters(FINDING_FILTERS_BAD + " limit=-1 limit=0 limit=501 limit=x cursor=garbage sort=random"),
			get("/api/v1/findings/{id:\\d+}", Role.VIEWER).id(UNKNOWN_LONG),
			write("PUT", "/api/v1/findings/{id:\\d+}/ticket", Role.OPERATOR,
					"{\"system\":\"jira\",\"key\":\"OPS-1\",\"url\":\"https://jira.example.com/browse/OPS-1\"}")
				.id(UNKNOWN_LONG),
			write("DELETE", "/api/v1/findings/{id:\\d+}/ticket", Role.OPERATOR, null).id(UNKNOWN_LONG),
			write("POST", "/api/v1/findings/{id:\\d+}/acknowledge", Role.OPERATOR, null).id(UNKNOWN_LONG),
			get("/api/v1/findings/export.csv", Role.VIEWER).badFilters(FINDING_FILTERS_BAD),
			get("/api/v1/findings/export.json", Role.VIEWER).badFilters(FINDING_FILTERS_BAD),
			get("/api/v1/findings/export.sarif", Role.VIEWER).badFilters(FINDING_FILTERS_BAD),
			get("/api/v1/exemptions", Role.VIEWER).badFilters("state=nope"),
			write("POST", "/api/v1/exemptions", Role.OPERATOR,
					"{\"owner\":\"platform\",\"reason\":\"accepted\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}"),
			write("DELETE", "/api/v1/exemptions/{id}", Role.OPERATOR, null).id(UNKNOWN_LONG),
			// trends and fleet
			get("/api/v1/clusters/{id}/scores", Role.VIEWER).id(UNKNOWN_UUID)
				.badFilters("area=x from=yesterday to=2026-13-01T00:00:00Z "
						+ "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z"),
			get("/api/v1/trends", Role.VIEWER)
				.badFilters("cluster=not-a-uuid area=x from=yesterday to=2026-13-01 from=2026-11-02&to=2026-11-01"),
			get("/api/v1/fleet/summary", Role.VIEWER), get("/api/v1/checks", Role.VIEWER),
			get("/api/v1/fleet/trend", Role.VIEWER)
				.badFilters("cluster=not-a-uuid from=yesterday to=2026-13-01 from=2026-11-02&to=2026-11-01"),
			// webhook
			get("/api/v1/webhooks", Role.ADMIN),
			write("POST", "/api/v1/webhooks", Role.ADMIN,
					"{\"url\":\"https://hooks.example.com/fleetward\",\"events\":[\"finding.opened\"],"
							+ "\"secret\":\"0123456789abcdef\"}"),
			write("DELETE", "/api/v1/webhooks/{id}", Role.ADMIN, null).id(UNKNOWN_UUID),
			get("/api/v1/webhooks/{id}/deliveries", Role.ADMIN).id(UNKNOWN_UUID))
		.collect(Collectors.toMap(Contract::key, Function.identity(), (a, b) -> {
			throw new IllegalStateException("listed twice: " + a.key());
		}, LinkedHashMap::new));

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newHttpClient();

	/** Tokens by role and scope, e.g. {@code ADMIN read}. */
	private final Map<String, String> tokens = new LinkedHashMap<>();

	@BeforeEach
	void tokens() {
		WebClient admin = new WebClient(this.port);
		assertThat(admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		for (String role : List.of("VIEWER", "OPERATOR", "ADMIN")) {
			for (String scopes : List.of("read", "read\",\"write")) {
				HttpResponse<String> created = admin.postJson("/api/v1/tokens", "{\"name\":\"contract-" + role + "\","
						+ "\"role\":\"" + role + "\",\"scopes\":[\"" + scopes + "\"],\"expiresInDays\":1}", true);
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				this.tokens.put(role + (scopes.equals("read") ? " read" : " write"),
						JSON.readTree(created.body()).get("value").asString());
			}
		}
	}

	@Test
	void everyApiEndpointHasAContract() {
		Set<String> mapped = apiEndpoints();
		assertThat(mapped).as("endpoints found").hasSizeGreaterThan(20);
		assertThat(CONTRACTS.keySet()).as("endpoints without a row in ApiContractTest.CONTRACTS").containsAll(mapped);
		assertThat(mapped).as("rows in ApiContractTest.CONTRACTS that name no endpoint")
			.containsAll(CONTRACTS.keySet());
	}

	@Test
	void withoutCredentialsEveryEndpointIs401() {
		SoftAssertions softly = new SoftAssertions();
		for (Contract contract : CONTRACTS.values()) {
			expectProblem(softly, send(contract.method(), contract.path(), null, contract.body()), 401, contract.key());
			expectProblem(softly, send(contract.method(), contract.path(), "fwt_unknown-token", contract.body()), 401,
					contract.key() + " with an unknown token");
		}
		softly.assertAll();
	}

	@Test
	void aReadTokenCannotWriteAnywhere() {
		SoftAssertions softly = new SoftAssertions();
		for (Contract contract : CONTRACTS.values()) {
			if (contract.isWrite()) {
				HttpResponse<String> response = send(contract.method(), contract.path(), this.tokens.get("ADMIN read"),
						contract.body());
				if (expectProblem(softly, response, 403, contract.key())) {
					softly.assertThat(response.body()).as(contract.key()).contains("read scope");
				}
			}
		}
		softly.assertAll();
	}

	/**
	 * A role one step too low is refused, with a body the endpoint would accept: the 403
	 * comes from the role check, not from validation.
	 */
	@Test
	void aRoleTooLowIsRefused() {
		SoftAssertions softly = new SoftAssertions();
		int checked = 0;
		for (Contract contract : CONTRACTS.values()) {
			String below = switch (contract.role()) {
				case ADMIN -> "OPERATOR write";
				case OPERATOR -> "VIEWER write";
				case VIEWER, ANY -> null;
			};
			if (below != null) {
				expectProblem(softly, send(contract.method(), contract.path(), this.tokens.get(below), contract.body()),
						403, contract.key() + " as " + below);
				checked++;
			}
		}
		softly.assertAll();
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	void unknownIdsAre404AndMalformedIdsAreProblems() {
		SoftAssertions softly = new SoftAssertions();
		String admin = this.tokens.get("ADMIN write");
		int checked = 0;
		for (Contract contract : CONTRACTS.values()) {
			if (contract.unknownId() != null) {
				expectProblem(softly, send(contract.method(), contract.path(), admin, contract.body()), 404,
						contract.key() + " with id " + contract.unknownId());
				HttpResponse<String> malformed = send(contract.method(), contract.path(MALFORMED_ID), admin,
						contract.body());
				softly.assertThat(malformed.statusCode())
					.as(contract.key() + " with id " + MALFORMED_ID + ": " + malformed.body())
					.isIn(400, 404);
				expectProblem(softly, malformed, malformed.statusCode(), contract.key() + " with id " + MALFORMED_ID);
				checked++;
			}
		}
		softly.assertAll();
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	void badFiltersAreProblemsNamingTheField() {
		SoftAssertions softly = new SoftAssertions();
		String viewer = this.tokens.get("VIEWER read");
		int checked = 0;
		for (Contract contract : CONTRACTS.values()) {
			for (String query : contract.badFilters()) {
				String field = query.substring(0, query.indexOf('='));
				String what = contract.key() + "?" + query;
				HttpResponse<String> response = send("GET", contract.path() + "?" + query, viewer, null);
				if (expectProblem(softly, response, 400, what)) {
					JsonNode errors = JSON.readTree(response.body()).get("errors");
					softly.assertThat(errors).as(what + ": " + response.body()).isNotNull();
					if (errors != null) {
						softly.assertThat(errors.get(0).get("field").asString()).as(what).isEqualTo(field);
					}
				}
				checked++;
			}
		}
		softly.assertAll();
		assertThat(checked).isGreaterThan(30);
	}

	@Test
	void malformedBodiesAreProblems() {
		SoftAssertions softly = new SoftAssertions();
		String admin = this.tokens.get("ADMIN write");
		int checked = 0;
		for (Contract contract : CONTRACTS.values()) {
			if (contract.body() != null) {
				for (String body : List.of("{\"name\":", "[1,2]", "{\"expiresAt\":\"tomorrow\"}")) {
					expectProblem(softly, send(contract.method(), contract.path(), admin, body), 400,
							contract.key() + " with body " + body);
				}
				checked++;
			}
		}
		softly.assertAll();
		assertThat(checked).isGreaterThan(5);
	}

	/** Whether the response is the expected problem; records what is wrong otherwise. */
	private static boolean expectProblem(SoftAssertions softly, HttpResponse<String> response, int status,
			String what) {
		String described = what + " -> " + response.statusCode() + " " + response.body();
		softly.assertThat(response.statusCode()).as(described).isEqualTo(status);
		softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.as(described)
			.startsWith("application/problem+json");
		softly.assertThat(response.body()).as(described).doesNotContain("Exception").doesNotContain("\tat ");
		if (response.statusCode() != status || !response.body().startsWith("{")) {
			return false;
		}
		JsonNode problem = JSON.readTree(response.body());
		softly.assertThat(problem.path("status").asInt()).as(described).isEqualTo(status);
		softly.assertThat(problem.path("title").asString("")).as(described).isNotBlank();
		return true;
	}

	private Set<String> apiEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					assertThat(info.getMethodsCondition().getMethods()).as(pattern + " answers every method")
						.isNotEmpty();
					info.getMethodsCondition().getMethods().forEach((method) -> endpoints.add(method + " " + pattern));
				}
			}
		}
		return endpoints;
	}

	private HttpResponse<String> send(String method, String path, String bearer, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Contract get(String pattern, Role role) {
		return new Contract("GET", pattern, role, null, null, List.of());
	}

	private static Contract write(String method, String pattern, Role role, String body) {
		return new Contract(method, pattern, role, body, null, List.of());
	}

	/** The least role an endpoint needs; {@code ANY} is any signed-in caller. */
	enum Role {

		ANY, VIEWER, OPERATOR, ADMIN

	}

	/**
	 * One endpoint's row: the role it needs, a body it would accept, an id that names
	 * nothing, and bad query strings (separated by spaces; the first parameter is the
	 * field the problem must name).
	 */
	record Contract(String method, String pattern, Role role, String body, String unknownId, List<String> badFilters) {

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean isWrite() {
			return !this.method.equals("GET");
		}

		Contract id(String unknown) {
			return new Contract(this.method, this.pattern, this.role, this.body, unknown, this.badFilters);
		}

		Contract badFilters(String queries) {
			return new Contract(this.method, this.pattern, this.role, this.body, this.unknownId,
					List.of(queries.split(" ")));
		}

		String path() {
			return path((this.unknownId != null) ? this.unknownId : "");
		}

		String path(String id) {
			return this.pattern.replaceAll("\\{[^/]+\\}", id);
		}

	}

}
