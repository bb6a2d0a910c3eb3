package dev.fleetward.cli.internal;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;

/**
 * A terminal table of what needs attention (FAIL, then UNKNOWN), worst first, and a count
 * of every status. PASS and NOT_APPLICABLE rows are left to the other formats.
 */
final class TableFormat {

	private TableFormat() {
	}

	static void write(List<ScannedResult> results, PrintStream out) {
		List<ScannedResult> shown = results.stream()
			.filter((s) -> s.result().status() == CheckStatus.FAIL || s.result().status() == CheckStatus.UNKNOWN)
			.sorted(Comparator.comparing((ScannedResult s) -> s.result().status())
				.thenComparing((s) -> s.result().severity())
				.thenComparing((s) -> s.result().checkId()))
			.toList();
		if (!shown.isEmpty()) {
			out.printf("%-7s  %-8s  %-38s  %-40s  %s%n", "STATUS", "SEVERITY", "CHECK", "OBJECT", "MESSAGE");
		}
		for (ScannedResult s : shown) {
			CheckResult r = s.result();
			String object = r.object().kind() + " "
					+ (r.object().namespace().isEmpty() ? "" : r.object().namespace() + "/") + r.object().name();
			out.printf("%-7s  %-8s  %-38s  %-40s  %s%n", r.status(), r.severity().label(), r.checkId(),
					truncate(object.trim(), 40), r.message());
		}
		Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
		results.forEach((s) -> counts.merge(s.result().status(), 1, Integer::sum));
		out.printf("%n%d results: %d pass, %d fail, %d unknown, %d not applicable%n", results.size(),
				counts.getOrDefault(CheckStatus.PASS, 0), counts.getOrDefault(CheckStatus.FAIL, 0),
				counts.getOrDefault(CheckStatus.UNKNOWN, 0), counts.getOrDefault(CheckStatus.NOT_APPLICABLE, 0));
	}

	private static String truncate(String text, int width) {
		return (text.length() <= width) ? text : text.substring(0, width - 1) + "…";
	}

}
