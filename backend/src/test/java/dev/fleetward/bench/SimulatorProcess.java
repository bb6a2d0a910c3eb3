package dev.fleetward.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator in a process of its own, so the benchmark JVM's heap holds only what
 * Fleetward itself uses.
 */
final class SimulatorProcess implements AutoCloseable {

	private static final Pattern CLUSTER_LINE = Pattern
		.compile("^\\s+(\\S+)\\s+(https://\\S+)\\s+(\\d+) objects\\s+kubeconfig (\\S+)");

	private final Process process;

	private final Map<String, String> kubeconfigs = new LinkedHashMap<>();

	private final Map<String, Integer> objects = new LinkedHashMap<>();

	SimulatorProcess(Path jar, Path out, String... options) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new java.util.ArrayList<>(
				List.of(java, "-Xmx4g", "-jar", jar.toString(), "--out", out.toString()));
		command.addAll(List.of(options));
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = lines.readLine()) != null) {
			System.out.println("[simulator] " + line);
			Matcher cluster = CLUSTER_LINE.matcher(line);
			if (cluster.find()) {
				this.kubeconfigs.put(cluster.group(1), Files.readString(Path.of(cluster.group(4))));
				this.objects.put(cluster.group(1), Integer.parseInt(cluster.group(3)));
			}
			if (line.startsWith("Admin endpoint")) {
				Thread drain = new Thread(() -> lines.lines().forEach((l) -> {
				}), "simulator-output");
				drain.setDaemon(true);
				drain.start();
				return;
			}
		}
		throw new IllegalStateException("The simulator exited before it was ready");
	}

	String kubeconfig(String cluster) {
		String kubeconfig = this.kubeconfigs.get(cluster);
		if (kubeconfig == null) {
			throw new IllegalStateException(
					"The simulator serves no cluster " + cluster + "; it has " + this.kubeconfigs.keySet());
		}
		return kubeconfig;
	}

	java.util.Set<String> clusters() {
		return this.kubeconfigs.keySet();
	}

	boolean has(String cluster) {
		return this.kubeconfigs.containsKey(cluster);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}
