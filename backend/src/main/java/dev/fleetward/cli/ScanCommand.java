package dev.fleetward.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fleetward.checks.CheckEngine;
import dev.fleetward.checks.CheckResult;
import dev.fleetward.checks.CheckStatus;
import dev.fleetward.checks.Severity;
import dev.fleetward.cli.internal.Formats;
import dev.fleetward.cli.internal.ScannedResult;
import dev.fleetward.snapshot.ManifestLoader;
import dev.fleetward.snapshot.Snapshot;

/**
 * {@code fleetward scan [--format table|json|sarif|junit] [--fail-on SEVERITY] [--separately] PATH...}:
 * judges Kubernetes manifests offline, without Spring, a database or a port. Exit codes:
 * 0 done, 1 a FAIL at or above {@code --fail-on}, 2 usage error.
 */
public final class ScanCommand {

	static final String USAGE = "usage: fleetward scan [--format table|json|sarif|junit] [--fail-on SEVERITY] "
			+ "[--separately] PATH...";

	private ScanCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		String format = "table";
		Severity failOn = null;
		boolean separately = false;
		List<Path> paths = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--format") || arg.startsWith("--format=")) {
				String value = value(args, i, arg);
				if (value == null || !Formats.NAMES.contains(value.toLowerCase(Locale.ROOT))) {
					return usage(err, "--format needs one of table, json, sarif, junit");
				}
				format = value.toLowerCase(Locale.ROOT);
				i += arg.contains("=") ? 0 : 1;
			}
			else if (arg.equals("--fail-on") || arg.startsWith("--fail-on=")) {
				String value = value(args, i, arg);
				failOn = (value != null) ? Severity.parse(value) : null;
				if (failOn == null) {
					return usage(err, "--fail-on needs one of critical, high, medium, low, info");
				}
				i += arg.contains("=") ? 0 : 1;
			}
			else if (arg.equals("--separately")) {
				separately = true;
			}
			else if (arg.equals("--help") || arg.equals("-h")) {
				out.println(USAGE);
				return 0;
			}
			else if (arg.startsWith("--")) {
				return usage(err, "unknown option " + arg);
			}
			else {
				paths.add(Path.of(arg));
			}
		}
		if (paths.isEmpty()) {
			return usage(err, "no PATH given");
		}
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				err.println(path + ": no such file or directory");
				continue;
			}
			try {
				files.addAll(ManifestLoader.files(path));
			}
			catch (IOException ex) {
				err.println(path + ": cannot list: " + ex.getMessage());
			}
		}
		List<ScannedResult> results = scan(files, separately, err);
		Formats.write(format, results, out);
		out.flush();
		return exitCode(results, failOn);
	}

	private static List<ScannedResult> scan(List<Path> files, boolean separately, PrintStream err) {
		CheckEngine engine = CheckEngine.withDefaults();
		ManifestLoader loader = new ManifestLoader();
		List<ScannedResult> results = new ArrayList<>();
		// Offline there is no cluster clock; the scan's start stands in for "taken at".
		Instant now = Instant.now();
		List<List<Path>> groups = separately ? files.stream().map(List::of).toList() : List.of(files);
		for (List<Path> group : groups) {
			Snapshot.Builder builder = Snapshot.builder(now);
			for (Path file : group) {
				loader.load(file, builder).forEach((problem) -> err.println(problem));
			}
			Snapshot snapshot = builder.remainingKindsComplete().build();
			String groupSource = (group.size() == 1) ? group.get(0).toString() : null;
			for (CheckResult result : engine.run(snapshot)) {
				String source = snapshot.sourceOf(result.object()).orElse(groupSource);
				results.add(new ScannedResult(result, source));
			}
		}
		return results;
	}

	private static int exitCode(List<ScannedResult> results, Severity failOn) {
		if (failOn == null) {
			return 0;
		}
		boolean failed = results.stream()
			.map(ScannedResult::result)
			.anyMatch((r) -> r.status() == CheckStatus.FAIL && r.severity().atLeast(failOn));
		return failed ? 1 : 0;
	}

	private static String value(String[] args, int i, String arg) {
		if (arg.contains("=")) {
			return arg.substring(arg.indexOf('=') + 1);
		}
		return (i + 1 < args.length) ? args[i + 1] : null;
	}

	private static int usage(PrintStream err, String problem) {
		err.println("fleetward scan: " + problem + ". " + USAGE);
		return 2;
	}

}
