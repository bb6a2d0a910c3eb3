package dev.fleetward.collect.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import okhttp3.Response;

import dev.fleetward.snapshot.KindStatus;

/**
 * Lists every object of one kind, page by page ({@code limit}/{@code continue}). A list
 * whose continue token expired (410 Gone) restarts once from the beginning; a second 410
 * fails the kind, because a snapshot mixing two points in time would not be honest.
 */
public final class KindLister {

	private static final String JSON = "application/json";

	private final ApiServerClient client;

	private final int pageSize;

	private final PageParser parser = new PageParser();

	private final BooleanSupplier stopped;

	public KindLister(ApiServerClient client, int pageSize, BooleanSupplier stopped) {
		this.client = client;
		this.pageSize = pageSize;
		this.stopped = stopped;
	}

	public KindListing list(KindEndpoint endpoint) throws ServerUnreachableException, InterruptedException {
		KindListing listing = null;
		for (String path : endpoint.paths()) {
			listing = listPath(endpoint, path);
			if (listing.status().state() != KindStatus.State.NOT_FOUND) {
				return listing;
			}
		}
		return listing;
	}

	private KindListing listPath(KindEndpoint endpoint, String path)
			throws ServerUnreachableException, InterruptedException {
		List<Object> items = new ArrayList<>();
		String continueToken = null;
		boolean restarted = false;
		while (true) {
			if (this.stopped.getAsBoolean()) {
				return KindListing.of(KindStatus.failed("collection stopped before this kind was read"));
			}
			Map<String, String> query = new LinkedHashMap<>();
			query.put("limit", Integer.toString(this.pageSize));
			if (continueToken != null) {
				query.put("continue", continueToken);
			}
			try (Response response = this.client.get(path, query, JSON)) {
				int code = response.code();
				if (code == 200) {
					ListPage page;
					try (Reader body = response.body().charStream()) {
						page = this.parser.parse(body, endpoint);
					}
					items.addAll(page.items());
					continueToken = page.continueToken();
					if (continueToken == null) {
						return new KindListing(items, KindStatus.COMPLETE);
					}
				}
				else if (code == 410 && !restarted) {
					restarted = true;
					items.clear();
					continueToken = null;
				}
				else {
					return KindListing.of(failure(response, restarted));
				}
			}
			catch (java.net.SocketTimeoutException ex) {
				throw new ServerUnreachableException("the API server stopped answering while sending a list", ex);
			}
			catch (java.io.IOException | RuntimeException ex) {
				return KindListing.of(KindStatus
					.failed("could not read the list of " + endpoint.kind().kind() + ": " + ex.getMessage()));
			}
		}
	}

	static KindStatus failure(Response response, boolean restarted) throws ServerUnreachableException {
		int code = response.code();
		String message = StatusMessage.of(response);
		return switch (code) {
			case 401 ->
				throw new ServerUnreachableException("the API server rejected the credentials (" + message + ")", null);
			case 403 -> KindStatus.forbidden(message);
			case 404 -> KindStatus.notFound("not served by this cluster (" + message + ")");
			case 410 -> KindStatus.failed("the list expired (410 Gone) again after a restart: " + message);
			default -> KindStatus.failed((code == 429 || code >= 500) ? message + " (gave up after retries)" : message);
		};
	}

}
