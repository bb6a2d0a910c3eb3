package dev.fleetward.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCatalogTest {

	/** Ids CHECKS.md fixes because they are measured against Polaris. */
	static final Set<String> FIXED_IDS = Set.of("sec-container-cpu-requests", "sec-container-cpu-limits",
			"sec-container-memory-requests", "sec-container-memory-limits", "sec-container-run-as-root",
			"sec-container-privilege-escalation", "sec-container-readonly-rootfs",
			"sec-container-dangerous-capabilities", "sec-container-insecure-capabilities", "sec-container-seccomp",
			"sec-container-proc-mount", "sec-container-host-process", "sec-pod-privileged", "sec-pod-host-pid",
			"sec-pod-host-ipc", "sto-hostpath-volume", "net-host-network", "net-host-port", "sec-plaintext-credentials",
			"ha-workload-min-replicas", "ha-hpa-min-replicas", "ha-hpa-max-replicas", "ha-pdb-present",
			"ha-pdb-blocks-eviction", "ha-pdb-vs-hpa", "ha-workload-zone-spread-policy", "ha-readiness-probe",
			"ha-liveness-probe", "net-workload-without-networkpolicy", "net-ingress-tls", "sec-image-tag-pinned",
			"sec-sa-token-automount", "sec-rbac-exec-attach-grants", "sec-cluster-admin-bindings");

	private final CheckCatalog catalog = CheckCatalog.load();

	private final List<String> implemented = CheckEngine.withDefaults().checkIds();

	@Test
	void everyCatalogEntryHasAClassAndEveryClassAnEntry() {
		List<String> catalogued = this.catalog.definitions().stream().map(CheckDefinition::id).toList();
		assertThat(this.implemented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalogued);
	}

	@Test
	void fixedIdsAreImplemented() {
		assertThat(this.implemented).containsAll(FIXED_IDS);
	}

	@Test
	void idsCarryTheirAreaPrefix() {
		for (CheckDefinition d : this.catalog.definitions()) {
			String prefix = switch (d.area()) {
				case HA -> "ha-";
				case NETWORKING -> "net-";
				case STORAGE -> "sto-";
				case SECURITY -> "sec-";
			};
			assertThat(d.id()).startsWith(prefix).matches("[a-z0-9-]+");
			assertThat(d.requirement()).matches("(HA|NET|STO|SEC)[1-7](, (HA|NET|STO|SEC)[1-7])*");
		}
	}

	@Test
	void everyCheckHasPassAndFailFixtures() throws IOException {
		for (String id : this.implemented) {
			Path dir = CheckFixturesTest.FIXTURES.resolve(id);
			assertThat(dir).as("fixtures of " + id).isDirectory();
			try (Stream<Path> files = Files.list(dir)) {
				List<String> names = files.map((p) -> p.getFileName().toString()).toList();
				assertThat(names).as(id).anyMatch((n) -> n.startsWith("pass.")).anyMatch((n) -> n.startsWith("fail."));
			}
		}
	}

}
