package dev.fleetward.simulator.tls;

import java.lang.reflect.Field;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.ServerSSLOptions;

/**
 * The fabric8 mock server of one cluster on a fixed loopback port, serving the cluster's
 * own certificate. It can be stopped and started again on the same port with the same
 * certificate, which is how an unreachable cluster comes back.
 */
public final class HttpsEndpoint {

	/**
	 * fabric8 logs every request at INFO through java.util.logging; a benchmark would
	 * print thousands of lines. Held in a field because JUL keeps loggers weakly.
	 */
	private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

	static {
		MOCK_LOG.setLevel(Level.WARNING);
	}

	private final ClusterCertificates certificates;

	private final Function<Dispatcher, Dispatcher> dispatchers;

	private KubernetesMockServer server;

	private int port;

	/**
	 * @param certificates the certificate to serve
	 * @param dispatchers builds our dispatcher around fabric8's mixed dispatcher
	 */
	public HttpsEndpoint(ClusterCertificates certificates, Function<Dispatcher, Dispatcher> dispatchers) {
		this.certificates = certificates;
		this.dispatchers = dispatchers;
	}

	/** Starts on the given port, or any free port when 0. */
	public synchronized void start(int requestedPort) {
		Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
		MockWebServer web = new MockWebServer();
		Dispatcher dispatcher = this.dispatchers.apply(new KubernetesMixedDispatcher(responses));
		this.server = new KubernetesMockServer(new Context(), web, responses, dispatcher, true);
		this.server.init(InetAddress.getLoopbackAddress(), requestedPort);
		this.port = web.getPort();
		useCertificate(web);
	}

	public synchronized void stop() {
		if (this.server != null) {
			this.server.destroy();
			this.server = null;
		}
	}

	public synchronized boolean running() {
		return this.server != null;
	}

	public int port() {
		return this.port;
	}

	/**
	 * fabric8 always generates a fresh self-signed certificate on start; swapping in the
	 * cluster's CA-signed one keeps the kubeconfig valid across restarts. Vert.x applies
	 * new SSL options to connections accepted from then on, and no client has connected
	 * yet.
	 */
	private void useCertificate(MockWebServer web) {
		try {
			Field field = MockWebServer.class.getDeclaredField("httpServer");
			field.setAccessible(true);
			HttpServer http = (HttpServer) field.get(web);
			PemKeyCertOptions keyCert = new PemKeyCertOptions()
				.setCertValue(Buffer.buffer(this.certificates.serverCertPem()))
				.setKeyValue(Buffer.buffer(this.certificates.serverKeyPem()));
			http.updateSSLOptions(new ServerSSLOptions().setKeyCertOptions(keyCert), true)
				.toCompletionStage()
				.toCompletableFuture()
				.get(10, TimeUnit.SECONDS);
		}
		catch (ReflectiveOperationException | java.util.concurrent.ExecutionException
				| java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("cannot install the cluster certificate", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while installing the cluster certificate", ex);
		}
	}

}
