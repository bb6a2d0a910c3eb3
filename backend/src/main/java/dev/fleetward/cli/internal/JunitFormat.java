package dev.fleetward.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;

/**
 * JUnit XML for CI test reports: a test suite per check, a test case per object judged;
 * FAIL is a failure, UNKNOWN and NOT_APPLICABLE are skipped.
 */
final class JunitFormat {

	private JunitFormat() {
	}

	static void write(List<ScannedResult> results, PrintStream out) {
		Map<String, List<ScannedResult>> byCheck = new LinkedHashMap<>();
		for (ScannedResult scanned : results) {
			byCheck.computeIfAbsent(scanned.result().checkId(), (k) -> new java.util.ArrayList<>()).add(scanned);
		}
		long failures = count(results, CheckStatus.FAIL);
		long skipped = results.size() - failures - count(results, CheckStatus.PASS);
		out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		out.printf("<testsuites name=\"fleetward scan\" tests=\"%d\" failures=\"%d\" skipped=\"%d\">%n", results.size(),
				failures, skipped);
		for (Map.Entry<String, List<ScannedResult>> suite : byCheck.entrySet()) {
			List<ScannedResult> cases = suite.getValue();
			out.printf("  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" skipped=\"%d\">%n", xml(suite.getKey()),
					cases.size(), count(cases, CheckStatus.FAIL),
					cases.size() - count(cases, CheckStatus.FAIL) - count(cases, CheckStatus.PASS));
			for (ScannedResult scanned : cases) {
				CheckResult r = scanned.result();
				String name = r.object().kind() + " "
						+ (r.object().namespace().isEmpty() ? "" : r.object().namespace() + "/") + r.object().name()
						+ (r.detail().isEmpty() ? "" : " [" + r.detail() + "]");
				out.printf("    <testcase classname=\"%s\" name=\"%s\"%s>", xml(r.checkId()), xml(name.trim()),
						(scanned.source() != null) ? " file=\"" + xml(scanned.source()) + "\"" : "");
				switch (r.status()) {
					case FAIL ->
						out.printf("<failure type=\"%s\" message=\"%s\"/>", r.severity().label(), xml(r.message()));
					case UNKNOWN, NOT_APPLICABLE ->
						out.printf("<skipped message=\"%s: %s\"/>", r.status(), xml(r.message()));
					case PASS -> {
					}
				}
				out.println("</testcase>");
			}
			out.println("  </testsuite>");
		}
		out.println("</testsuites>");
	}

	private static long count(List<ScannedResult> results, CheckStatus status) {
		return results.stream().filter((s) -> s.result().status() == status).count();
	}

	static String xml(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					// XML 1.0 forbids most control characters, even escaped.
					if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
