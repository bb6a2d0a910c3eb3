package dev.fleetward.findings;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.fleetward.checks.CheckCatalog;
import dev.fleetward.cluster.ClusterRegistry;
import dev.fleetward.cluster.VisibleClusters;
import dev.fleetward.security.CallerVisibility;

/**
 * Exports of findings as CSV, JSON and SARIF with the list's filters. The export pages
 * through the list's keyset query and writes each batch to the response as it arrives, so
 * memory stays flat however many findings match. Like the list, an export holds only the
 * clusters the caller may see.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class FindingExportController {

	private static final int BATCH = 500;

	private final FindingQueries queries;

	private final JsonMapper json;

	private final CheckCatalog catalog;

	private final ClusterRegistry clusters;

	private final CallerVisibility visibility;

	FindingExportController(FindingQueries queries, JsonMapper json, CheckCatalog catalog, ClusterRegistry clusters,
			CallerVisibility visibility) {
		this.queries = queries;
		this.json = json;
		this.catalog = catalog;
		this.clusters = clusters;
		this.visibility = visibility;
	}

	@GetMapping("/api/v1/findings/export.csv")
	void csv(Filters filters, HttpServletResponse response, Authentication caller) throws IOException {
		export(filters, caller, response, "text/csv;charset=UTF-8", "findings.csv", CsvFindingWriter::new);
	}

	@GetMapping("/api/v1/findings/export.json")
	void json(Filters filters, HttpServletResponse response, Authentication caller) throws IOException {
		export(filters, caller, response, "application/json", "findings.json",
				(out) -> new JsonFindingWriter(this.json, out));
	}

	@GetMapping("/api/v1/findings/export.sarif")
	void sarif(Filters filters, HttpServletResponse response, Authentication caller) throws IOException {
		export(filters, caller, response, "application/sarif+json", "findings.sarif",
				(out) -> new SarifFindingWriter(this.json, this.catalog, out));
	}

	private void export(Filters filters, Authentication caller, HttpServletResponse response, String contentType,
			String fileName, WriterFactory writers) throws IOException {
		FindingQuery query = filters.query();
		VisibleClusters visible = this.clusters.visible(this.visibility.of(caller));
		// The first batch is read before anything is written: a bad filter is still a
		// 400.
		FindingPage page = this.queries.list(query, visible);
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
		try (FindingWriter writer = writers.open(response.getOutputStream())) {
			while (true) {
				for (FindingView finding : page.items()) {
					writer.write(finding);
				}
				if (page.nextCursor() == null) {
					break;
				}
				page = this.queries.list(query.page(page.nextCursor(), BATCH), visible);
			}
		}
	}

	@FunctionalInterface
	private interface WriterFactory {

		FindingWriter open(OutputStream out) throws IOException;

	}

	/**
	 * The list's filters, bound from the query string; an export has no cursor or limit.
	 */
	record Filters(UUID cluster, String environment, String team, String area, String severity, String status,
			String check, String namespace, String q, Instant since, Instant updatedSince) {

		FindingQuery query() {
			return new FindingQuery(this.cluster, this.environment, this.team, this.area, this.severity, this.status,
					this.check, this.namespace, this.q, this.since, this.updatedSince, null, null, BATCH);
		}

	}

}
