package dev.fleetward.findings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Findings as RFC 4180 CSV (CRLF, quotes doubled), one row per finding after a header.
 * Spreadsheets run cells that start with {@code = + - @} (or a tab or CR) as formulas,
 * and finding messages and object names come from the clusters, so such cells get a
 * leading single quote.
 */
class CsvFindingWriter implements FindingWriter {

	static final List<String> HEADER = List.of("id", "cluster", "environment", "check", "checkTitle", "area",
			"severity", "status", "kind", "namespace", "name", "detail", "message", "firstSeenAt", "lastSeenAt",
			"updatedAt", "resolvedAt", "resolutionReason", "ticketSystem", "ticketKey", "ticketUrl", "ticketStatus",
			"acknowledgedBy", "acknowledgedAt");

	private final Writer out;

	CsvFindingWriter(OutputStream out) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		row(HEADER);
	}

	@Override
	public void write(FindingView f) throws IOException {
		FindingView.Ticket t = f.ticket();
		row(Arrays.asList(String.valueOf(f.id()), f.clusterName(), f.environment(), f.checkId(), f.checkTitle(),
				f.area(), f.severity(), f.status(), f.kind(), f.namespace(), f.name(), f.detail(), f.message(),
				text(f.firstSeenAt()), text(f.lastSeenAt()), text(f.updatedAt()), text(f.resolvedAt()),
				f.resolutionReason(), (t != null) ? t.system() : null, (t != null) ? t.key() : null,
				(t != null) ? t.url() : null, (t != null) ? t.status() : null, f.acknowledgedBy(),
				text(f.acknowledgedAt())));
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

	private void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.out.write(',');
			}
			this.out.write(cell(cells.get(i)));
		}
		this.out.write("\r\n");
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0;
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	private static String text(Instant instant) {
		return Objects.toString(instant, null);
	}

}
