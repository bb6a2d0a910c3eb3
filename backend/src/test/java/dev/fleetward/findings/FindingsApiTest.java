package dev.fleetward.findings;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.fleetward.WebClient;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.Severity;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.NewCluster;
import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.snapshot.ObjectRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings list and detail over HTTP: filters, keyset paging under concurrent writes,
 * problems for bad input.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FindingsApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHECK = "sec-container-run-as-root";

	@LocalServerPort
	int port;

	@Autowired
	ClusterRegistry registry;

	@Autowired
	FindingsReconciler reconciler;

	UUID clusterId;

	long scanId = 1;

	WebClient admin;

	@BeforeEach
	void cluster() {
		this.clusterId = this.registry
			.register(new NewCluster("api-" + UUID.randomUUID().toString().substring(0, 8), "prod", "payments",
					Map.of(), ClusterAccess.ofToken("https://10.0.0.1:6443", null, "t"), false, null), "test")
			.id();
		this.admin = new WebClient(this.port);
		assertThat(this.admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
	}

	@AfterEach
	void remove() {
		this.registry.delete(this.clusterId);
	}

	private void scanWithFailures(int first, int count) {
		List<CheckResult> results = new ArrayList<>();
		for (int i = first; i < first + count; i++) {
			results.add(new CheckResult(CHECK, CheckStatus.FAIL, (i % 2 == 0) ? Severity.HIGH : Severity.MEDIUM,
					new ObjectRef("Deployment", "shop", "web-" + i), "app", "container app runs as root", Map.of()));
		}
		this.reconciler.reconcile(new ScanOutcome(this.clusterId, this.scanId++, Instant.now(), true, results,
				Set.of(CHECK), Set.of(CHECK)));
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = this.admin.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	@Test
	void anonymousCallersGet401() {
		assertThat(new WebClient(this.port).get("/api/v1/findings").statusCode()).isEqualTo(401);
	}

	/**
	 * Orders whose keys never change for a finding. ({@code updated} moves a finding that
	 * changes to the end on purpose: that is incremental sync.)
	 */
	@ParameterizedTest
	@ValueSource(strings = { "severity", "age" })
	void cursorPagingListsEveryFindingOnceWhileNewOnesArrive(String sort) {
		int failing = 30;
		scanWithFailures(0, failing);
		Set<Long> before = ids(get("/api/v1/findings?cluster=" + this.clusterId + "&limit=500"));
		assertThat(before).hasSize(failing);

		List<Long> listed = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = get("/api/v1/findings?cluster=" + this.clusterId + "&sort=" + sort + "&limit=7"
					+ ((cursor != null) ? "&cursor=" + cursor : ""));
			page.get("items").forEach((item) -> listed.add(item.get("id").asLong()));
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			pages++;
			// Between every two pages a scan finds three more, high and medium alike.
			failing += 3;
			scanWithFailures(0, failing);
		}
		while (cursor != null);

		Set<Long> now = ids(get("/api/v1/findings?cluster=" + this.clusterId + "&limit=500"));
		assertThat(now).hasSize(failing);
		assertThat(pages).as("pages walked while findings arrived").isGreaterThan(4);
		assertThat(listed).as("listed once each").doesNotHaveDuplicates();
		assertThat(listed).as("every finding that existed before the walk").containsAll(before);
		assertThat(now).as("nothing listed that does not exist").containsAll(listed);
	}

	private static Set<Long> ids(JsonNode page) {
		Set<Long> ids = new HashSet<>();
		page.get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

	@Test
	void filtersNarrowTheListAndBadValuesAreProblemsNamingTheField() {
		scanWithFailures(0, 10);
		JsonNode high = get("/api/v1/findings?cluster=" + this.clusterId + "&severity=high");
		assertThat(high.get("items")).hasSize(5)
			.allSatisfy((item) -> assertThat(item.get("severity").asString()).isEqualTo("high"));
		assertThat(get("/api/v1/findings?cluster=" + this.clusterId + "&q=web-7").get("items")).hasSize(1);
		assertThat(get("/api/v1/findings?cluster=" + this.clusterId + "&team=payments").get("items")).hasSize(10);
		assertThat(get("/api/v1/findings?cluster=" + this.clusterId + "&status=RESOLVED").get("items")).isEmpty();

		for (String bad : List.of("severity=urgent", "status=gone", "sort=random", "cursor=nonsense",
				"cluster=not-a-uuid", "since=yesterday")) {
			HttpResponse<String> problem = this.admin.get("/api/v1/findings?" + bad);
			assertThat(problem.statusCode()).as(bad).isEqualTo(400);
			assertThat(JSON.readTree(problem.body()).get("errors").get(0).get("field").asString())
				.isEqualTo(bad.substring(0, bad.indexOf('=')));
		}
	}

	@Test
	void eachSeverityFilterListsThatSeverityOnly() {
		List<CheckResult> results = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			results.add(new CheckResult(CHECK, CheckStatus.FAIL, severity,
					new ObjectRef("Deployment", "shop", severity.label()), "app", "container app runs as root",
					Map.of()));
		}
		this.reconciler.reconcile(new ScanOutcome(this.clusterId, this.scanId++, Instant.now(), true, results,
				Set.of(CHECK), Set.of(CHECK)));
		for (Severity severity : Severity.values()) {
			JsonNode items = get("/api/v1/findings?cluster=" + this.clusterId + "&severity=" + severity.label())
				.get("items");
			assertThat(items).as(severity.label()).hasSize(1);
			assertThat(items.get(0).get("severity").asString()).isEqualTo(severity.label());
			assertThat(items.get(0).get("name").asString()).isEqualTo(severity.label());
		}
	}

	@Test
	void detailCarriesHistoryAndRemediation() {
		scanWithFailures(0, 1);
		long id = get("/api/v1/findings?cluster=" + this.clusterId).get("items").get(0).get("id").asLong();
		JsonNode detail = get("/api/v1/findings/" + id);
		assertThat(detail.get("checkId").asString()).isEqualTo(CHECK);
		assertThat(detail.get("remediation").asString()).isNotBlank();
		assertThat(detail.get("events").get(0).get("type").asString()).isEqualTo("OPENED");
		assertThat(this.admin.get("/api/v1/findings/999999999").statusCode()).isEqualTo(404);
	}

	@Test
	void fleetViewsAnswerFromStoredScores() {
		scanWithFailures(0, 4);
		JsonNode summary = get("/api/v1/fleet/summary");
		assertThat(summary.get("clusters").asInt()).isPositive();
		assertThat(get("/api/v1/checks"))
			.anySatisfy((check) -> assertThat(check.get("id").asString()).isEqualTo(CHECK));
		assertThat(get("/api/v1/fleet/trend?cluster=" + this.clusterId).get("days")).isNotEmpty();
		HttpResponse<String> backwards = this.admin.get("/api/v1/fleet/trend?from=2026-02-01&to=2026-01-01");
		assertThat(backwards.statusCode()).isEqualTo(400);
	}

}
