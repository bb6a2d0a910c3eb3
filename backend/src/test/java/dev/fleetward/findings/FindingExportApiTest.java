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
 * Exports of findings over HTTP: the list's filters apply, every matching finding is
 * written once (across more than one internal batch), and CSV cells cannot smuggle in
 * spreadsheet formulas.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FindingExportApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHECK = "sec-container-run-as-root";

	private static final List<String> EXPORTS = List.of("/api/v1/findings/export.csv", "/api/v1/findings/export.json",
			"/api/v1/findings/export.sarif");

	/** More than one export batch, so paging inside the export is exercised. */
	private static final int FINDINGS = 1201;

	@LocalServerPort
	int port;

	@Autowired
	ClusterRegistry registry;

	@Autowired
	FindingsReconciler reconciler;

	UUID clusterId;

	WebClient viewer;

	String token;

	@BeforeEach
	void findings() {
		this.clusterId = this.registry
			.register(new NewCluster("export-" + UUID.randomUUID().toString().substring(0, 8), "prod", "payments",
					Map.of(), ClusterAccess.ofToken("https://10.0.0.1:6443", null, "t"), false, null), "test")
			.id();
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < FINDINGS; i++) {
			String message = (i == 0) ? "=HYPERLINK(\"http://evil.example\",\"click\"), runs as root"
					: "container app runs as root";
			results.add(new CheckResult(CHECK, CheckStatus.FAIL, (i % 3 == 0) ? Severity.HIGH : Severity.MEDIUM,
					new ObjectRef("Deployment", "shop", "web-" + i), "app", message, Map.of()));
		}
		this.reconciler
			.reconcile(new ScanOutcome(this.clusterId, 1, Instant.now(), true, results, Set.of(CHECK), Set.of(CHECK)));
		WebClient admin = new WebClient(this.port);
		assertThat(admin.signIn("admin", "admin-password-for-tests").statusCode()).isEqualTo(200);
		HttpResponse<String> created = admin.postJson("/api/v1/tokens", "{\"name\":\"export-"
				+ UUID.randomUUID().toString().substring(0, 8) + "\",\"role\":\"VIEWER\",\"scopes\":[\"read\"]}", true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		this.token = JSON.readTree(created.body()).get("value").asString();
		this.viewer = new WebClient(this.port);
	}

	@AfterEach
	void remove() {
		this.registry.delete(this.clusterId);
	}

	private HttpResponse<String> export(String path, String filters) {
		HttpResponse<String> response = this.viewer.get(path + "?cluster=" + this.clusterId + filters, this.token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	private Set<Long> listedIds(String filters) {
		Set<Long> ids = new HashSet<>();
		String cursor = null;
		do {
			HttpResponse<String> page = this.viewer.get("/api/v1/findings?cluster=" + this.clusterId + filters
					+ "&limit=500" + ((cursor != null) ? "&cursor=" + cursor : ""), this.token);
			JsonNode body = JSON.readTree(page.body());
			body.get("items").forEach((item) -> ids.add(item.get("id").asLong()));
			cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asString();
		}
		while (cursor != null);
		return ids;
	}

	@Test
	void anonymousCallersGet401() {
		for (String path : EXPORTS) {
			assertThat(new WebClient(this.port).get(path).statusCode()).as(path).isEqualTo(401);
		}
	}

	@Test
	void csvHasAHeaderAndOneRowPerMatchingFinding() {
		HttpResponse<String> csv = export("/api/v1/findings/export.csv", "&severity=high");
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).startsWith("id,cluster,environment,check,");
		assertThat(lines).hasSize(listedIds("&severity=high").size() + 1);
		assertThat(lines.length - 1).isEqualTo((FINDINGS + 2) / 3);
	}

	@Test
	void csvNeutralisesFormulas() {
		String csv = export("/api/v1/findings/export.csv", "&q=HYPERLINK").body();
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\"), runs as root\",");
		assertThat(CsvFindingWriter.cell("-1+2")).isEqualTo("'-1+2");
		assertThat(CsvFindingWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvFindingWriter.cell("+1")).isEqualTo("'+1");
		assertThat(CsvFindingWriter.cell("plain")).isEqualTo("plain");
	}

	@Test
	void jsonHasTheListedFindings() {
		JsonNode exported = JSON.readTree(export("/api/v1/findings/export.json", "").body());
		Set<Long> ids = new HashSet<>();
		exported.forEach((item) -> assertThat(ids.add(item.get("id").asLong())).isTrue());
		assertThat(ids).hasSize(FINDINGS).isEqualTo(listedIds(""));
		assertThat(exported.get(0).has("checkTitle")).isTrue();
	}

	@Test
	void sarifHasOneResultPerFindingAndTheCatalogAsRules() {
		JsonNode sarif = JSON.readTree(export("/api/v1/findings/export.sarif", "&severity=high").body());
		assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
		assertThat(sarif.get("runs")).hasSize(1);
		JsonNode run = sarif.get("runs").get(0);
		assertThat(run.get("tool").get("driver").get("name").asString()).isEqualTo("Fleetward");
		JsonNode rules = run.get("tool").get("driver").get("rules");
		assertThat(rules).anySatisfy((rule) -> assertThat(rule.get("id").asString()).isEqualTo(CHECK));
		JsonNode results = run.get("results");
		assertThat(results).hasSize(listedIds("&severity=high").size());
		JsonNode first = results.get(0);
		assertThat(first.get("level").asString()).isEqualTo("error");
		assertThat(rules.get(first.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(CHECK);
		assertThat(first.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString())
			.matches("export-[0-9a-f]{8}/shop/Deployment/web-\\d+");
	}

	@Test
	void badFiltersAreProblemsAndExportsDoNotReadAsFindingIds() {
		for (String path : EXPORTS) {
			HttpResponse<String> problem = this.viewer.get(path + "?severity=urgent", this.token);
			assertThat(problem.statusCode()).as(path).isEqualTo(400);
			assertThat(JSON.readTree(problem.body()).get("errors").get(0).get("field").asString())
				.isEqualTo("severity");
		}
	}

}
