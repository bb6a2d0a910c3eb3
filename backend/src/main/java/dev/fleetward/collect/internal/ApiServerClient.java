package dev.fleetward.collect.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.credentials.ClientCertificateAuthentication;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import dev.fleetward.collect.ClusterAccess;
import dev.fleetward.collect.CollectorSettings;

/**
 * GETs against one API server through client-java's TLS set-up (CA, client certificate),
 * with timeouts always set and 429/5xx retried per {@link Backoff}. Callers get the
 * response or a {@link ServerUnreachableException}; a response is never silently dropped.
 */
public final class ApiServerClient {

	private final OkHttpClient http;

	private final HttpUrl base;

	private final String authorization;

	private final Backoff backoff;

	private final int maxRetries;

	public ApiServerClient(ClusterAccess access, CollectorSettings settings) {
		ApiClient api = apiClient(access);
		this.http = api.getHttpClient()
			.newBuilder()
			.connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.retryOnConnectionFailure(false)
			.build();
		this.base = HttpUrl.get(stripTrailingSlash(access.server()));
		this.authorization = (access.bearerToken() != null) ? "Bearer " + access.bearerToken() : null;
		this.backoff = new Backoff(settings.maxBackoff());
		this.maxRetries = settings.maxRetries();
	}

	private static ApiClient apiClient(ClusterAccess access) {
		ClientBuilder builder = new ClientBuilder().setBasePath(stripTrailingSlash(access.server()))
			.setVerifyingSsl(!access.insecureSkipTlsVerify());
		if (access.caCertificatePem() != null) {
			builder.setCertificateAuthority(access.caCertificatePem().getBytes(StandardCharsets.UTF_8));
		}
		if (access.clientCertificatePem() != null && access.clientKeyPem() != null) {
			builder.setAuthentication(
					new ClientCertificateAuthentication(access.clientCertificatePem().getBytes(StandardCharsets.UTF_8),
							access.clientKeyPem().getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return builder.build();
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("The cluster's TLS settings are not usable: " + ex.getMessage(), ex);
		}
	}

	/**
	 * GETs a path, retrying 429, 503 and other 5xx answers. The caller closes the
	 * response.
	 */
	public Response get(String path, Map<String, String> query, String accept)
			throws ServerUnreachableException, InterruptedException {
		HttpUrl.Builder url = this.base.newBuilder().encodedPath(path);
		query.forEach(url::addQueryParameter);
		Request.Builder request = new Request.Builder().url(url.build()).get().header("Accept", accept);
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		Request built = request.build();
		for (int attempt = 0;; attempt++) {
			Response response = execute(built);
			int code = response.code();
			boolean retryable = code == 429 || code >= 500;
			if (!retryable || attempt >= this.maxRetries) {
				return response;
			}
			long waitMillis = this.backoff.waitMillis(attempt, response.header("Retry-After"));
			response.close();
			Thread.sleep(waitMillis);
		}
	}

	/** POSTs a JSON body once (used for access reviews, which are not retried). */
	public Response postJson(String path, String json) throws ServerUnreachableException, InterruptedException {
		Request.Builder request = new Request.Builder().url(this.base.newBuilder().encodedPath(path).build())
			.post(okhttp3.RequestBody.create(json, okhttp3.MediaType.get("application/json")))
			.header("Accept", "application/json");
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		return execute(request.build());
	}

	private Response execute(Request request) throws ServerUnreachableException, InterruptedException {
		try {
			return this.http.newCall(request).execute();
		}
		catch (SocketTimeoutException ex) {
			throw new ServerUnreachableException("the API server did not answer within the timeout", ex);
		}
		catch (ConnectException ex) {
			throw new ServerUnreachableException("connection refused by " + this.base.host() + ":" + this.base.port(),
					ex);
		}
		catch (UnknownHostException ex) {
			throw new ServerUnreachableException("unknown host " + this.base.host(), ex);
		}
		catch (SSLException ex) {
			throw new ServerUnreachableException("TLS handshake failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedIOException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw new InterruptedException("collection cancelled");
			}
			throw new ServerUnreachableException("the API server did not answer within the timeout", ex);
		}
		catch (IOException ex) {
			throw new ServerUnreachableException("I/O error talking to the API server: " + ex.getMessage(), ex);
		}
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
