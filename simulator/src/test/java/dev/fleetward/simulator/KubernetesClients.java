package dev.fleetward.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;

/**
 * Official client-java clients for simulated clusters, as Fleetward's collector builds
 * them.
 */
final class KubernetesClients {

	static {
		// client-java 27 rejects unknown and missing fields; a poller must not break on
		// newer servers.
		Gson lenient = JSON.createGson()
			.registerTypeAdapter(Date.class, new JSON.DateTypeAdapter())
			.registerTypeAdapter(java.sql.Date.class, new JSON.SqlDateTypeAdapter())
			.registerTypeAdapter(OffsetDateTime.class, new JSON.OffsetDateTimeTypeAdapter())
			.registerTypeAdapter(LocalDate.class, new JSON.LocalDateTypeAdapter())
			.registerTypeAdapter(byte[].class, new JSON.ByteArrayAdapter())
			.create();
		JSON.setGson(lenient);
	}

	private KubernetesClients() {
	}

	static ApiClient of(SimulatedCluster cluster) {
		return of(cluster.kubeconfig(), 30);
	}

	static ApiClient of(String kubeconfig, int readTimeoutSeconds) {
		try {
			ApiClient client = ClientBuilder.kubeconfig(KubeConfig.loadKubeConfig(new StringReader(kubeconfig)))
				.build();
			client.setHttpClient(client.getHttpClient()
				.newBuilder()
				.connectTimeout(5, TimeUnit.SECONDS)
				.readTimeout(readTimeoutSeconds, TimeUnit.SECONDS)
				.build());
			return client;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
