package dev.fleetward.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import dev.fleetward.checks.CheckCatalog;

/** The output formats of the scan command. */
public final class Formats {

	public static final Set<String> NAMES = Set.of("table", "json", "sarif", "junit");

	private Formats() {
	}

	public static void write(String format, List<ScannedResult> results, PrintStream out) {
		switch (format) {
			case "json" -> JsonFormat.write(results, out);
			case "sarif" -> SarifFormat.write(results, CheckCatalog.load(), out);
			case "junit" -> JunitFormat.write(results, out);
			default -> TableFormat.write(results, out);
		}
	}

}
