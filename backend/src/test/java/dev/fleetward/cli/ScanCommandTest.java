package dev.fleetward.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ScanCommandTest {

	private static final String DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: web, namespace: shop}
			spec:
			  replicas: 1
			  template:
			    metadata: {labels: {app: web}}
			    spec:
			      hostPID: true
			      containers: [{name: web, image: nginx}]
			""";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int scan(String... args) {
		return ScanCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void jsonFollowsTheContractWithOneResultPerCheckAndObject() throws IOException {
		Path file = write("web.yaml", DEPLOYMENT);
		assertThat(scan("--format", "json", file.toString())).isZero();
		JsonArray results = JsonParser.parseString(this.out.toString(StandardCharsets.UTF_8))
			.getAsJsonObject()
			.getAsJsonArray("results");
		JsonObject hostPid = find(results, "sec-pod-host-pid");
		assertThat(hostPid.get("status").getAsString()).isEqualTo("FAIL");
		assertThat(hostPid.get("severity").getAsString()).isEqualTo("high");
		assertThat(hostPid.get("kind").getAsString()).isEqualTo("Deployment");
		assertThat(hostPid.get("namespace").getAsString()).isEqualTo("shop");
		assertThat(hostPid.get("name").getAsString()).isEqualTo("web");
		assertThat(hostPid.get("message").getAsString()).contains("hostPID");
		assertThat(hostPid.get("source").getAsString()).isEqualTo(file.toString());
		assertThat(find(results, "sec-pod-host-ipc").get("status").getAsString()).isEqualTo("PASS");
	}

	@Test
	void failOnSetsTheExitCode() throws IOException {
		Path file = write("web.yaml", DEPLOYMENT);
		assertThat(scan("--fail-on", "high", file.toString())).isEqualTo(1);
		this.out.reset();
		assertThat(scan("--fail-on=critical", file.toString())).isZero();
	}

	@Test
	void usageErrorsExitTwoWithOneLine() {
		assertThat(scan("--format", "xml", "x.yaml")).isEqualTo(2);
		assertThat(scan("--fail-on", "urgent", "x.yaml")).isEqualTo(2);
		assertThat(scan()).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8).lines()).hasSize(3).allMatch((l) -> l.contains("usage:"));
	}

	@Test
	void badFilesAreReportedAndTheRestIsScanned() throws IOException {
		Path bad = write("bad.yaml", "kind: Pod\nmetadata: [\n");
		Path good = write("web.yaml", DEPLOYMENT);
		assertThat(scan("--format", "json", "--separately", bad.toString(), good.toString())).isZero();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith(bad + ":").contains("invalid YAML");
		JsonArray results = JsonParser.parseString(this.out.toString(StandardCharsets.UTF_8))
			.getAsJsonObject()
			.getAsJsonArray("results");
		assertThat(results.asList()
			.stream()
			.map(JsonElement::getAsJsonObject)
			.filter((r) -> r.get("check").getAsString().equals("sec-pod-host-pid"))
			.filter((r) -> r.get("status").getAsString().equals("FAIL"))
			.map((r) -> r.get("source").getAsString())).containsExactly(good.toString());
	}

	@Test
	void sarifAndJunitAreWellFormed() throws Exception {
		Path file = write("web.yaml", DEPLOYMENT);
		scan("--format", "sarif", file.toString());
		JsonObject sarif = JsonParser.parseString(this.out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		assertThat(sarif.get("version").getAsString()).isEqualTo("2.1.0");
		JsonObject run = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertThat(run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")).isNotEmpty();
		assertThat(run.getAsJsonArray("results")).isNotEmpty();
		this.out.reset();
		scan("--format", "junit", file.toString());
		byte[] xml = this.out.toByteArray();
		assertThat(DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml))
			.getElementsByTagName("failure")
			.getLength()).isPositive();
	}

	@Test
	void tableShowsFailuresAndASummary() throws IOException {
		scan(write("web.yaml", DEPLOYMENT).toString());
		String table = this.out.toString(StandardCharsets.UTF_8);
		assertThat(table).contains("STATUS").contains("sec-pod-host-pid").containsPattern("\\d+ results: \\d+ pass");
	}

	private static JsonObject find(JsonArray results, String check) {
		for (JsonElement element : results) {
			if (element.getAsJsonObject().get("check").getAsString().equals(check)) {
				return element.getAsJsonObject();
			}
		}
		throw new AssertionError("no result for " + check);
	}

	private Path write(String name, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

}
