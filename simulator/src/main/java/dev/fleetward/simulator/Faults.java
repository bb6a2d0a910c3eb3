package dev.fleetward.simulator;

import java.util.Set;

/**
 * Faults of one simulated cluster, switched on and off while it runs. Every method
 * returns this, so faults chain: {@code faults().forbid("secrets").serverErrors(2)}.
 */
public interface Faults {

	/**
	 * Answers 403 Forbidden for every request on these resources, and says so in
	 * SelfSubjectAccessReviews and SelfSubjectRulesReviews.
	 * @param resources plural resource names ({@code clusterrolebindings}) or qualified
	 * ones ({@code clusterrolebindings.rbac.authorization.k8s.io})
	 * @return these faults
	 */
	Faults forbid(String... resources);

	/**
	 * Lifts {@link #forbid(String...)} for these resources.
	 * @param resources resource names as given to {@code forbid}
	 * @return these faults
	 */
	Faults allow(String... resources);

	/**
	 * Answers 410 Gone, once, to the request for page {@code page} (1-based) of a list of
	 * this resource, as when etcd compacted the list's revision.
	 * @param resource plural resource name
	 * @param page page number; 1 is the request without a continue token
	 * @return these faults
	 */
	Faults goneOnPage(String resource, int page);

	/**
	 * Accepts connections and requests but never answers, until cleared; only a client
	 * read timeout ends such a request.
	 * @return these faults
	 */
	Faults stall();

	/**
	 * Closes the port, so connections are refused, until cleared.
	 * @return these faults
	 */
	Faults unreachable();

	/**
	 * Answers the next {@code requests} requests with 429 and a Retry-After header.
	 * @param requests how many requests to refuse
	 * @param retryAfterSeconds the Retry-After value
	 * @return these faults
	 */
	Faults tooManyRequests(int requests, int retryAfterSeconds);

	/**
	 * Answers the next {@code requests} requests with 500.
	 * @param requests how many requests fail
	 * @return these faults
	 */
	Faults serverErrors(int requests);

	/**
	 * Removes every fault, opening the port again if it was closed.
	 * @return these faults
	 */
	Faults clear();

	Set<String> forbidden();

	boolean isStalled();

	boolean isUnreachable();

}
