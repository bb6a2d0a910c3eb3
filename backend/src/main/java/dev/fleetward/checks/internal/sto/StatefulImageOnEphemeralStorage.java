package dev.fleetward.checks.internal.sto;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fleetward.checks.internal.Judge;
import dev.fleetward.checks.internal.Workload;
import dev.fleetward.checks.internal.WorkloadCheck;
import dev.fleetward.snapshot.ResourceKind;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1StatefulSet;

/**
 * A heuristic: a Deployment or StatefulSet running a well-known database or broker image
 * without any claim keeps that product's data on ephemeral storage. Only the image's last
 * path segment is compared with exact product names, so exporters, operators and UIs
 * ({@code postgres-exporter}, {@code kafka-ui}) do not match. Other workloads are not
 * judged.
 */
public final class StatefulImageOnEphemeralStorage extends WorkloadCheck {

	private static final Set<String> PRODUCTS = Set.of("postgres", "postgresql", "postgis", "mysql", "mysql-server",
			"percona-server", "mariadb", "mongo", "mongodb", "redis", "redis-stack-server", "valkey", "elasticsearch",
			"opensearch", "rabbitmq", "kafka", "cp-kafka", "zookeeper", "cp-zookeeper", "etcd", "cassandra", "minio",
			"clickhouse-server", "cockroach", "neo4j", "couchdb", "influxdb");

	@Override
	public String id() {
		return "sto-stateful-image-on-ephemeral-storage";
	}

	@Override
	protected boolean appliesTo(Workload workload) {
		return "Deployment".equals(workload.kind()) || "StatefulSet".equals(workload.kind());
	}

	/** The product an image is, by the last path segment without tag or digest. */
	static Optional<String> product(String image) {
		if (image == null) {
			return Optional.empty();
		}
		String name = image.split("@")[0];
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.split(":")[0].toLowerCase(Locale.ROOT);
		return PRODUCTS.contains(name) ? Optional.of(name) : Optional.empty();
	}

	@Override
	protected void evaluate(Workload workload, Judge judge) {
		Optional<String> product = workload.containers()
			.stream()
			.map(V1Container::getImage)
			.map(StatefulImageOnEphemeralStorage::product)
			.flatMap(Optional::stream)
			.findFirst();
		if (product.isEmpty()) {
			judge.notApplicable(workload.ref(), "", workload.describe() + " runs no known stateful product.");
			return;
		}
		boolean templates = judge.snapshot()
			.find(ResourceKind.STATEFUL_SETS, workload.namespace(), workload.name(), V1StatefulSet.class)
			.map((set) -> !Storage.claimTemplates(set).isEmpty())
			.orElse(false);
		Map<String, String> evidence = Map.of("product", product.get());
		if (templates || !Storage.claimNames(workload.podSpec()).isEmpty()) {
			judge.pass(workload.ref(), "",
					workload.describe() + " runs " + product.get() + " on a PersistentVolumeClaim.", evidence);
		}
		else {
			judge.fail(workload.ref(), "",
					"Heuristic: " + workload.describe() + " runs a " + product.get()
							+ " image but mounts no PersistentVolumeClaim, so its data is lost with the pod"
							+ " (ignore if it is a cache or a replica rebuilt on start).",
					evidence);
		}
	}

}
