package dev.fleetward.collect;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.google.gson.JsonParser;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fleetward.collect.internal.ApiServerClient;
import dev.fleetward.collect.internal.KindEndpoint;
import dev.fleetward.collect.internal.KindLister;
import dev.fleetward.collect.internal.KindListing;
import dev.fleetward.collect.internal.SecretLister;
import dev.fleetward.collect.internal.ServerUnreachableException;
import dev.fleetward.snapshot.KindStatus;
import dev.fleetward.snapshot.ResourceKind;
import dev.fleetward.snapshot.Snapshot;

/**
 * Reads one cluster into an immutable {@link Snapshot}: one paged list per kind, at most
 * {@code maxInFlight} requests at a time. Every kind ends with a status; a kind that
 * could not be read is never presented as empty. When the server stops answering, the
 * kinds not yet read fail at once with the same reason instead of each waiting for its
 * own timeout.
 */
public final class SnapshotCollector {

	private static final Logger log = LoggerFactory.getLogger(SnapshotCollector.class);

	private final CollectorSettings settings;

	public SnapshotCollector(CollectorSettings settings) {
		this.settings = settings;
	}

	public Snapshot collect(ClusterAccess access, Instant takenAt) {
		return collect(access, takenAt, CollectionProgress.NONE);
	}

	public Snapshot collect(ClusterAccess access, Instant takenAt, CollectionProgress progress) {
		Snapshot.Builder snapshot = Snapshot.builder(takenAt)
			.tlsVerified(access.server().startsWith("https://") && !access.insecureSkipTlsVerify());
		ApiServerClient client = new ApiServerClient(access, this.settings);
		AtomicReference<String> broken = new AtomicReference<>();
		try {
			snapshot.serverVersion(serverVersion(client));
		}
		catch (ServerUnreachableException ex) {
			broken.set(ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			broken.set("collection cancelled");
		}
		List<ResourceKind> kinds = List.of(ResourceKind.values());
		Map<ResourceKind, Listed> listings = (broken.get() != null) ? Map.of()
				: listAll(client, kinds, broken, progress);
		for (ResourceKind kind : kinds) {
			Listed listed = listings.get(kind);
			if (listed == null) {
				String reason = (broken.get() != null) ? broken.get() : "not read";
				listed = new Listed(new KindListing(List.of(), KindStatus.failed(reason)), null);
			}
			snapshot.kind(kind, listed.listing().items(), listed.listing().status(), listed.took());
		}
		if (broken.get() != null) {
			log.info("Cluster {} could not be read completely: {}", access.host(), broken.get());
		}
		return snapshot.build();
	}

	private Map<ResourceKind, Listed> listAll(ApiServerClient client, List<ResourceKind> kinds,
			AtomicReference<String> broken, CollectionProgress progress) {
		ExecutorService pool = Executors.newFixedThreadPool(this.settings.maxInFlight(), (task) -> {
			Thread thread = new Thread(task, "collect");
			thread.setDaemon(true);
			return thread;
		});
		AtomicInteger done = new AtomicInteger();
		Map<ResourceKind, Future<Listed>> futures = new EnumMap<>(ResourceKind.class);
		for (ResourceKind kind : kinds) {
			futures.put(kind, pool.submit(() -> {
				long start = System.nanoTime();
				KindListing listing = listOne(client, kind, broken);
				Listed listed = new Listed(listing, Duration.ofNanos(System.nanoTime() - start));
				progress.kindListed(kind, listing.status(), done.incrementAndGet(), kinds.size());
				return listed;
			}));
		}
		long deadline = System.nanoTime() + this.settings.deadline().toNanos();
		Map<ResourceKind, Listed> listings = new EnumMap<>(ResourceKind.class);
		try {
			for (Map.Entry<ResourceKind, Future<Listed>> entry : futures.entrySet()) {
				listings.put(entry.getKey(), await(entry.getValue(), deadline));
			}
		}
		finally {
			pool.shutdownNow();
		}
		return listings;
	}

	private Listed await(Future<Listed> future, long deadline) {
		try {
			return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			return failed("the collection took longer than " + this.settings.deadline().toSeconds()
					+ " seconds and was stopped");
		}
		catch (ExecutionException ex) {
			return failed("listing failed: " + ex.getCause().getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed("collection cancelled");
		}
	}

	private static Listed failed(String reason) {
		return new Listed(new KindListing(List.of(), KindStatus.failed(reason)), null);
	}

	private KindListing listOne(ApiServerClient client, ResourceKind kind, AtomicReference<String> broken) {
		if (broken.get() != null) {
			return new KindListing(List.of(), KindStatus.failed(broken.get()));
		}
		try {
			if (kind == ResourceKind.SECRETS) {
				return this.settings.includeSecrets() ? new SecretLister(client, this.settings.pageSize()).list()
						: new KindListing(List.of(),
								KindStatus.forbidden("reading Secret metadata is not enabled for this cluster"));
			}
			return new KindLister(client, this.settings.pageSize(), () -> broken.get() != null)
				.list(KindEndpoint.of(kind));
		}
		catch (ServerUnreachableException ex) {
			broken.compareAndSet(null, ex.getMessage());
			return new KindListing(List.of(), KindStatus.failed(ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new KindListing(List.of(), KindStatus.failed("collection cancelled"));
		}
	}

	/** The server's gitVersion; also proves the server answers before 35 lists start. */
	private static String serverVersion(ApiServerClient client)
			throws ServerUnreachableException, InterruptedException {
		try (Response response = client.get("/version", Map.of(), "application/json")) {
			if (response.code() == 401) {
				throw new ServerUnreachableException("the API server rejected the credentials (HTTP 401)", null);
			}
			if (response.code() != 200 || response.body() == null) {
				return null;
			}
			var version = JsonParser.parseString(response.body().string()).getAsJsonObject().get("gitVersion");
			return (version != null && version.isJsonPrimitive()) ? version.getAsString() : null;
		}
		catch (java.io.IOException | RuntimeException ex) {
			return null;
		}
	}

	/** A kind's listing and how long it took. */
	private record Listed(KindListing listing, Duration took) {
	}

}
