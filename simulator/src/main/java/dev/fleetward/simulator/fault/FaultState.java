package dev.fleetward.simulator.fault;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.fleetward.simulator.Faults;
import dev.fleetward.simulator.store.ResourceType;

/**
 * The fault switches of one cluster, read by the API dispatcher on every request. Opening
 * and closing the port is the cluster's job, so it is handed in.
 */
public final class FaultState implements Faults {

	private final Set<String> forbidden = ConcurrentHashMap.newKeySet();

	private final Map<String, Integer> goneOnPage = new ConcurrentHashMap<>();

	private final AtomicInteger tooManyRequests = new AtomicInteger();

	private final AtomicInteger serverErrors = new AtomicInteger();

	private volatile int retryAfterSeconds = 1;

	private volatile boolean stalled;

	private volatile boolean unreachable;

	private final Consumer<Boolean> reachability;

	/**
	 * @param reachability closes the port when given false, opens it when given true
	 */
	public FaultState(Consumer<Boolean> reachability) {
		this.reachability = reachability;
	}

	@Override
	public Faults forbid(String... resources) {
		this.forbidden.addAll(Set.of(resources));
		return this;
	}

	@Override
	public Faults allow(String... resources) {
		this.forbidden.removeAll(Set.of(resources));
		return this;
	}

	@Override
	public Faults goneOnPage(String resource, int page) {
		this.goneOnPage.put(resource, page);
		return this;
	}

	@Override
	public Faults stall() {
		this.stalled = true;
		return this;
	}

	@Override
	public synchronized Faults unreachable() {
		if (!this.unreachable) {
			this.unreachable = true;
			this.reachability.accept(false);
		}
		return this;
	}

	@Override
	public Faults tooManyRequests(int requests, int retryAfterSeconds) {
		this.retryAfterSeconds = retryAfterSeconds;
		this.tooManyRequests.set(requests);
		return this;
	}

	@Override
	public Faults serverErrors(int requests) {
		this.serverErrors.set(requests);
		return this;
	}

	@Override
	public synchronized Faults clear() {
		this.forbidden.clear();
		this.goneOnPage.clear();
		this.tooManyRequests.set(0);
		this.serverErrors.set(0);
		this.stalled = false;
		if (this.unreachable) {
			this.unreachable = false;
			this.reachability.accept(true);
		}
		return this;
	}

	@Override
	public Set<String> forbidden() {
		return new TreeSet<>(this.forbidden);
	}

	@Override
	public boolean isStalled() {
		return this.stalled;
	}

	@Override
	public boolean isUnreachable() {
		return this.unreachable;
	}

	public boolean isForbidden(ResourceType type) {
		return this.forbidden.contains(type.resource()) || this.forbidden.contains(type.qualifiedResource());
	}

	/** Whether this page of this list must fail; the fault fires once. */
	public boolean takeGoneOnPage(ResourceType type, int page) {
		return this.goneOnPage.remove(type.resource(), page);
	}

	/** Whether this request must be refused with 429; counts the fault down. */
	public boolean takeTooManyRequests() {
		return countDown(this.tooManyRequests);
	}

	public int retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	/** Whether this request must fail with 500; counts the fault down. */
	public boolean takeServerError() {
		return countDown(this.serverErrors);
	}

	private static boolean countDown(AtomicInteger counter) {
		return counter.getAndUpdate((n) -> Math.max(0, n - 1)) > 0;
	}

}
