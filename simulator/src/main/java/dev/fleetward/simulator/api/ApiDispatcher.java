package dev.fleetward.simulator.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import dev.fleetward.simulator.fault.FaultState;
import dev.fleetward.simulator.scenario.ClusterConfig;
import dev.fleetward.simulator.store.Json;
import dev.fleetward.simulator.store.ObjectStore;
import dev.fleetward.simulator.store.ResourceType;
import dev.fleetward.simulator.store.StoredObject;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The front of a simulated API server: faults, bearer-token authentication, discovery,
 * {@code /version}, access reviews, and reads of the object store. Anything it does not
 * recognise goes on to fabric8's mixed dispatcher (expectations, then CRUD).
 */
public final class ApiDispatcher extends Dispatcher {

	private static final Duration STALL = Duration.ofDays(1);

	private final ClusterConfig config;

	private final ObjectStore store;

	private final FaultState faults;

	private final Dispatcher fallback;

	private final Discovery discovery;

	private final AccessReviews reviews;

	private final ListResponder lists;

	private volatile String serverAddress = "127.0.0.1:443";

	public ApiDispatcher(ClusterConfig config, ObjectStore store, FaultState faults, Supplier<Duration> continueTtl,
			Dispatcher fallback) {
		this.config = config;
		this.store = store;
		this.faults = faults;
		this.fallback = fallback;
		this.discovery = new Discovery(store.types());
		this.reviews = new AccessReviews(store.types(), faults);
		this.lists = new ListResponder(store, faults, continueTtl, Clock.systemUTC());
	}

	public void serverAddress(String hostAndPort) {
		this.serverAddress = hostAndPort;
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		if (this.faults.isStalled()) {
			// Headers and body both wait for the delay, so the client sees nothing at
			// all.
			return Responses.json(200, new byte[] { '{', '}' }).setBodyDelay(STALL);
		}
		ApiRequest api = ApiRequest.parse(request.getPath());
		if (!api.path().startsWith("/version") && !authenticated(request)) {
			return Responses.unauthorized();
		}
		if (this.faults.takeTooManyRequests()) {
			return Responses.tooManyRequests(this.faults.retryAfterSeconds());
		}
		if (this.faults.takeServerError()) {
			return Responses.internalError();
		}
		try {
			return route(request, api);
		}
		catch (JacksonException | ClassCastException ex) {
			return Responses.status(400, "BadRequest", "the request body is not a valid object");
		}
	}

	private boolean authenticated(RecordedRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.equals("Bearer " + this.config.token());
	}

	private MockResponse route(RecordedRequest request, ApiRequest api) {
		String path = api.path();
		if (path.equals("/version") || path.equals("/version/")) {
			return Responses.json(200, this.config.version());
		}
		if (path.equals("/healthz") || path.equals("/livez") || path.equals("/readyz")) {
			return Responses.text(200, "ok");
		}
		if (path.equals("/api") || path.equals("/api/")) {
			return Responses.json(200, this.discovery.coreVersions(this.serverAddress));
		}
		if (path.equals("/apis") || path.equals("/apis/")) {
			return Responses.json(200, this.discovery.groups());
		}
		if (api.apiVersion() == null && path.startsWith("/apis/") && path.split("/").length == 3) {
			return orNotFound(this.discovery.group(path.split("/")[2]));
		}
		if (api.apiVersion() != null && !api.isResource()) {
			return orNotFound(this.discovery.resources(api.apiVersion()));
		}
		if (api.isResource()) {
			return resource(request, api);
		}
		return this.fallback.dispatch(request);
	}

	private MockResponse resource(RecordedRequest request, ApiRequest api) {
		if (Discovery.AUTHORIZATION.equals(api.apiVersion()) && "POST".equals(request.getMethod())) {
			String contentType = request.getHeader("Content-Type");
			if (contentType != null && contentType.contains("protobuf")) {
				return Responses.status(415, "UnsupportedMediaType", "the simulator accepts JSON request bodies only");
			}
			ObjectNode body = Json.parse(request.getUtf8Body());
			return switch (api.resource()) {
				case "selfsubjectaccessreviews" -> Responses.json(201, this.reviews.accessReview(body));
				case "selfsubjectrulesreviews" -> Responses.json(201, this.reviews.rulesReview(body));
				default -> Responses.notFound();
			};
		}
		Optional<ResourceType> found = this.store.types().byPath(api.apiVersion(), api.resource());
		if (found.isEmpty()) {
			return this.fallback.dispatch(request);
		}
		ResourceType type = found.get();
		String verb = verb(request.getMethod(), api);
		if (this.faults.isForbidden(type) || !verb.equals("get") && !verb.equals("list") && !verb.equals("watch")) {
			return forbidden(type, verb, api.namespace());
		}
		if (verb.equals("watch")) {
			// No change feed: an empty watch ends at once and well-behaved clients
			// relist.
			return Responses.json(200, new byte[0]);
		}
		if (verb.equals("list")) {
			return this.lists.list(type, api, acceptOf(request));
		}
		String namespace = type.namespaced() ? nullToEmpty(api.namespace()) : "";
		StoredObject object = this.store.entries(type, null).get(StoredObject.key(namespace, api.name()));
		if (object == null) {
			return Responses.status(404, "NotFound", type.qualifiedResource() + " \"" + api.name() + "\" not found");
		}
		return Responses.json(200, object.json());
	}

	private static String verb(String method, ApiRequest api) {
		return switch (method) {
			case "GET" -> (api.name() != null) ? "get"
					: ("true".equals(api.param("watch")) || "1".equals(api.param("watch"))) ? "watch" : "list";
			case "POST" -> "create";
			case "PUT" -> "update";
			case "PATCH" -> "patch";
			case "DELETE" -> (api.name() != null) ? "delete" : "deletecollection";
			default -> method.toLowerCase(java.util.Locale.ROOT);
		};
	}

	private MockResponse forbidden(ResourceType type, String verb, String namespace) {
		String scope = (namespace != null) ? "in the namespace \"" + namespace + "\"" : "at the cluster scope";
		String message = type.qualifiedResource() + " is forbidden: User \"" + this.config.user() + "\" cannot " + verb
				+ " resource \"" + type.resource() + "\" in API group \"" + type.group() + "\" " + scope;
		ObjectNode body = Responses.statusBody(403, "Forbidden", message);
		ObjectNode details = body.putObject("details");
		details.put("group", type.group());
		details.put("kind", type.resource());
		return Responses.json(403, body);
	}

	private static String acceptOf(RecordedRequest request) {
		String accept = request.getHeader("Accept");
		return (accept != null) ? accept : "";
	}

	private static MockResponse orNotFound(ObjectNode body) {
		return (body != null) ? Responses.json(200, body) : Responses.notFound();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	@Override
	public void shutdown() {
		this.fallback.shutdown();
	}

}
