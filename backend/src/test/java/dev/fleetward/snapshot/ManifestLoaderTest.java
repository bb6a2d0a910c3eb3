package dev.fleetward.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestLoaderTest {

	@TempDir
	Path dir;

	private final ManifestLoader loader = new ManifestLoader();

	private final Snapshot.Builder builder = Snapshot.builder(Instant.EPOCH);

	@Test
	void readsMultiDocumentYamlListsUnknownFieldsAndUnknownKinds() throws IOException {
		Path file = write("all.yaml", """
				apiVersion: v1
				kind: Pod
				metadata: {name: a, namespace: x, creationTimestamp: "2024-01-01T00:00:00Z"}
				spec:
				  futureField: true
				  containers: [{name: c, image: nginx:1.27}]
				---
				apiVersion: v1
				kind: List
				items:
				- {apiVersion: apps/v1, kind: Deployment, metadata: {name: d, namespace: x}, spec: {replicas: 2}}
				- {apiVersion: v1, kind: PodList, items: [{apiVersion: v1, kind: Pod, metadata: {name: b}}]}
				---
				apiVersion: example.com/v1
				kind: Widget
				metadata: {name: w}
				""");
		assertThat(this.loader.load(file, this.builder)).isEmpty();
		Snapshot snapshot = this.builder.remainingKindsComplete().build();
		assertThat(snapshot.list(ResourceKind.PODS, V1Pod.class)).extracting((p) -> p.getMetadata().getName())
			.containsExactly("a", "b");
		assertThat(snapshot.find(ResourceKind.DEPLOYMENTS, "x", "d", V1Deployment.class)).isPresent();
		assertThat(snapshot.others()).extracting(GenericObject::kind).containsExactly("Widget");
		assertThat(snapshot.sourceOf(new ObjectRef("Pod", "x", "a"))).contains(file.toString());
		assertThat(snapshot.status(ResourceKind.NETWORK_POLICIES).isComplete()).isTrue();
	}

	@Test
	void readsJsonAndDropsSecretValues() throws IOException {
		Path file = write("secret.json", """
				{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"},
				 "data": {"password": "aHVudGVyMg=="}, "stringData": {"token": "t"}}
				""");
		assertThat(this.loader.load(file, this.builder)).isEmpty();
		V1Secret secret = this.builder.build().list(ResourceKind.SECRETS, V1Secret.class).get(0);
		assertThat(secret.getData()).isNullOrEmpty();
		assertThat(secret.getStringData()).isNullOrEmpty();
	}

	@Test
	void badDocumentsGiveOneLineWithFileAndLineAndTheRestIsRead() throws IOException {
		Path file = write("bad.yaml", """
				apiVersion: v1
				kind: Pod
				metadata: {name: ok}
				---
				apiVersion: v1
				kind: Pod
				metadata: {name: broken
				  labels: [
				---
				just a string
				---
				apiVersion: apps/v1
				kind: Deployment
				metadata: {name: d}
				spec: {replicas: many}
				""");
		List<ManifestLoader.Problem> problems = this.loader.load(file, this.builder);
		assertThat(problems).hasSize(3);
		assertThat(problems.get(0).toString()).startsWith(file + ":").contains("invalid YAML");
		assertThat(problems.get(0).line()).isBetween(5, 9);
		assertThat(problems.get(1).line()).isEqualTo(10);
		assertThat(problems.get(2).toString()).contains(":12:").contains("Deployment");
		assertThat(this.builder.build().list(ResourceKind.PODS, V1Pod.class)).hasSize(1);
	}

	@Test
	void directoriesAreWalkedForManifestFiles() throws IOException {
		Files.createDirectories(this.dir.resolve("a/b"));
		write("a/b/x.yml", "kind: Pod\nmetadata: {name: x}\n");
		write("a/y.json", "{\"kind\": \"Pod\", \"metadata\": {\"name\": \"y\"}}");
		write("a/readme.txt", "not a manifest");
		assertThat(ManifestLoader.files(this.dir)).extracting((p) -> p.getFileName().toString())
			.containsExactlyInAnyOrder("x.yml", "y.json");
	}

	private Path write(String name, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

}
