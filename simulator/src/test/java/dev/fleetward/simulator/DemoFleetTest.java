package dev.fleetward.simulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AuthorizationV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.RbacAuthorizationV1Api;
import io.kubernetes.client.openapi.apis.VersionApi;
import io.kubernetes.client.openapi.models.V1PodList;
import io.kubernetes.client.openapi.models.V1ResourceAttributes;
import io.kubernetes.client.openapi.models.V1SelfSubjectAccessReview;
import io.kubernetes.client.openapi.models.V1SelfSubjectAccessReviewSpec;
import io.kubernetes.client.openapi.models.V1SelfSubjectRulesReview;
import io.kubernetes.client.openapi.models.V1SelfSubjectRulesReviewSpec;
import io.kubernetes.client.util.generic.GenericKubernetesApi;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.options.ListOptions;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo clusters as the official client-java sees them, over HTTPS, with faults. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFleetTest {

	private SimulatedFleet fleet;

	@BeforeAll
	void startFleet() {
		this.fleet = SimulatedFleet.start(FleetSpec.small(), null);
	}

	@AfterAll
	void stopFleet() {
		this.fleet.close();
	}

	@AfterEach
	void clearFaults() {
		this.fleet.clusters().forEach((c) -> {
			c.faults().clear();
			c.continueTokenTtl(SimulatedCluster.DEFAULT_CONTINUE_TTL);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "prod-eu", "prod-us", "staging", "eks-like" })
	void everyKindListsInPagesOf500(String name) throws Exception {
		SimulatedCluster cluster = this.fleet.cluster(name);
		ApiClient client = KubernetesClients.of(cluster);
		for (Kinds<?, ?> kind : Kinds.ALL) {
			assertThat(pagedCount(client, kind, 500)).as(name + " " + kind.plural())
				.isEqualTo(cluster.store().count(kind.plural()));
			assertThat(pagedCount(client, kind, 7)).as(name + " " + kind.plural() + " in small pages")
				.isEqualTo(cluster.store().count(kind.plural()));
		}
		assertThat(cluster.store().count("pods")).isGreaterThan(20);
	}

	private static <T extends KubernetesObject, L extends KubernetesListObject> int pagedCount(ApiClient client,
			Kinds<T, L> kind, int limit) {
		GenericKubernetesApi<T, L> api = new GenericKubernetesApi<>(kind.type(), kind.listType(), kind.group(),
				kind.version(), kind.plural(), client);
		int count = 0;
		String next = null;
		do {
			ListOptions options = new ListOptions();
			options.setLimit(limit);
			options.setContinue(next);
			KubernetesApiResponse<L> page = api.list(options);
			assertThat(page.isSuccess()).as(kind.plural() + ": " + page.getStatus()).isTrue();
			assertThat(page.getObject().getMetadata().getResourceVersion()).isNotBlank();
			count += page.getObject().getItems().size();
			next = page.getObject().getMetadata().getContinue();
		}
		while (next != null && !next.isEmpty());
		return count;
	}

	@ParameterizedTest
	@ValueSource(strings = { "prod-eu", "prod-us", "staging", "eks-like" })
	void everyObjectCarriesTheFieldsClientJavaRequires(String name) throws Exception {
		SimulatedCluster cluster = this.fleet.cluster(name);
		ApiClient client = KubernetesClients.of(cluster);
		for (Kinds<?, ?> kind : Kinds.ALL) {
			JsonElement list = get(client, cluster, kind.path() + "?limit=500");
			// The generated models validate required and unknown fields without the
			// global Gson.
			kind.listType().getMethod("validateJsonElement", JsonElement.class).invoke(null, list);
		}
	}

	private static JsonElement get(ApiClient client, SimulatedCluster cluster, String path) throws IOException {
		Request request = new Request.Builder().url(cluster.url() + path)
			.header("Authorization", "Bearer " + cluster.token())
			.build();
		try (Response response = client.getHttpClient().newCall(request).execute()) {
			assertThat(response.code()).as(path).isEqualTo(200);
			return JsonParser.parseString(response.body().string());
		}
	}

	@Test
	void versionIsWhatTheScenarioSays() throws Exception {
		for (SimulatedCluster cluster : this.fleet.clusters()) {
			String gitVersion = new VersionApi(KubernetesClients.of(cluster)).getCode().execute().getGitVersion();
			assertThat(gitVersion).isEqualTo(cluster.gitVersion());
		}
		assertThat(this.fleet.cluster("eks-like").gitVersion()).matches("v1\\.3\\d\\.\\d+-eks-[0-9a-f]{7}");
	}

	@Test
	void requestsWithoutTheTokenGet401WithAStatus() {
		SimulatedCluster cluster = this.fleet.cluster("prod-eu");
		ApiClient client = KubernetesClients.of(cluster.kubeconfig().replace(cluster.token(), "wrong-token"), 10);
		assertThatThrownBy(() -> new CoreV1Api(client).listNode().execute()).isInstanceOfSatisfying(ApiException.class,
				(ex) -> {
					assertThat(ex.getCode()).isEqualTo(401);
					assertThat(ex.getResponseBody()).contains("\"kind\":\"Status\"").contains("Unauthorized");
				});
	}

	@Test
	void forbiddenKindGets403AndAccessReviewsAgree() throws Exception {
		SimulatedCluster cluster = this.fleet.cluster("prod-us");
		ApiClient client = KubernetesClients.of(cluster);
		cluster.faults().forbid("clusterrolebindings");
		assertThatThrownBy(() -> new RbacAuthorizationV1Api(client).listClusterRoleBinding().execute())
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.getCode()).isEqualTo(403);
				assertThat(ex.getResponseBody()).contains("cannot list resource \\\"clusterrolebindings\\\"");
			});
		assertThat(new CoreV1Api(client).listNode().execute().getItems()).isNotEmpty();
		assertThat(allowed(client, "list", "rbac.authorization.k8s.io", "clusterrolebindings")).isFalse();
		assertThat(allowed(client, "list", "", "pods")).isTrue();
		assertThat(allowed(client, "delete", "", "pods")).isFalse();
		V1SelfSubjectRulesReview rules = new AuthorizationV1Api(client)
			.createSelfSubjectRulesReview(
					new V1SelfSubjectRulesReview().spec(new V1SelfSubjectRulesReviewSpec().namespace("default")))
			.execute();
		assertThat(rules.getStatus().getResourceRules()).flatMap((r) -> r.getResources())
			.contains("pods", "clusterroles")
			.doesNotContain("clusterrolebindings");
	}

	private static boolean allowed(ApiClient client, String verb, String group, String resource) throws ApiException {
		V1SelfSubjectAccessReview review = new V1SelfSubjectAccessReview().spec(new V1SelfSubjectAccessReviewSpec()
			.resourceAttributes(new V1ResourceAttributes().verb(verb).group(group).resource(resource)));
		return new AuthorizationV1Api(client).createSelfSubjectAccessReview(review).execute().getStatus().getAllowed();
	}

	@Test
	void expiredContinueTokenGets410Gone() throws Exception {
		SimulatedCluster cluster = this.fleet.cluster("prod-eu").continueTokenTtl(Duration.ofMillis(300));
		CoreV1Api api = new CoreV1Api(KubernetesClients.of(cluster));
		V1PodList first = api.listPodForAllNamespaces().limit(10).execute();
		assertThat(first.getMetadata().getContinue()).isNotBlank();
		Thread.sleep(600);
		assertThatThrownBy(
				() -> api.listPodForAllNamespaces().limit(10)._continue(first.getMetadata().getContinue()).execute())
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.getCode()).isEqualTo(410);
				assertThat(ex.getResponseBody()).contains("\"reason\":\"Expired\"");
			});
	}

	@Test
	void goneOnPageThreeFailsOnceThenTheListRestarts() throws Exception {
		SimulatedCluster cluster = this.fleet.cluster("prod-eu");
		CoreV1Api api = new CoreV1Api(KubernetesClients.of(cluster));
		cluster.faults().goneOnPage("pods", 3);
		V1PodList page1 = api.listPodForAllNamespaces().limit(10).execute();
		V1PodList page2 = api.listPodForAllNamespaces()
			.limit(10)
			._continue(page1.getMetadata().getContinue())
			.execute();
		assertThatThrownBy(
				() -> api.listPodForAllNamespaces().limit(10)._continue(page2.getMetadata().getContinue()).execute())
			.isInstanceOfSatisfying(ApiException.class, (ex) -> assertThat(ex.getCode()).isEqualTo(410));
		String next = null;
		int total = 0;
		do {
			V1PodList page = api.listPodForAllNamespaces().limit(10)._continue(next).execute();
			total += page.getItems().size();
			next = page.getMetadata().getContinue();
		}
		while (next != null);
		assertThat(total).isEqualTo(cluster.store().count("pods"));
	}

	@Test
	void tooManyRequestsCarriesRetryAfter() throws Exception {
		SimulatedCluster cluster = this.fleet.cluster("staging");
		CoreV1Api api = new CoreV1Api(KubernetesClients.of(cluster));
		cluster.faults().tooManyRequests(2, 7);
		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> api.listNamespace().execute()).isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.getCode()).isEqualTo(429);
				Map<String, List<String>> headers = ex.getResponseHeaders();
				assertThat(headers.get("retry-after")).containsExactly("7");
			});
		}
		assertThat(api.listNamespace().execute().getItems()).isNotEmpty();
	}

	@Test
	void serverErrorsForTheNextRequests() throws Exception {
		SimulatedCluster cluster = this.fleet.cluster("staging");
		CoreV1Api api = new CoreV1Api(KubernetesClients.of(cluster));
		cluster.faults().serverErrors(1);
		assertThatThrownBy(() -> api.listNode().execute()).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.getCode()).isEqualTo(500));
		assertThat(api.listNode().execute().getItems()).isNotEmpty();
	}

	@Test
	void stalledServerIsEndedOnlyByTheReadTimeout() {
		SimulatedCluster cluster = this.fleet.cluster("eks-like");
		ApiClient client = KubernetesClients.of(cluster.kubeconfig(), 2);
		cluster.faults().stall();
		long started = System.nanoTime();
		assertThatThrownBy(() -> new CoreV1Api(client).listNode().execute()).isInstanceOf(ApiException.class)
			.hasCauseInstanceOf(SocketTimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(1900),
				Duration.ofSeconds(10));
	}

	@Test
	void unreachableClusterRefusesConnectionsUntilCleared() throws Exception {
		SimulatedCluster cluster = this.fleet.cluster("eks-like");
		ApiClient client = KubernetesClients.of(cluster);
		cluster.faults().unreachable();
		assertThatThrownBy(() -> new CoreV1Api(client).listNode().execute()).isInstanceOf(ApiException.class)
			.hasRootCauseInstanceOf(ConnectException.class);
		cluster.faults().clear();
		// Same port, same CA: the kubeconfig written before still works.
		assertThat(new CoreV1Api(KubernetesClients.of(cluster)).listNode().execute().getItems()).hasSize(6);
	}

	@Test
	void driftResolvesAndReopensFindings() throws Exception {
		SimulatedCluster cluster = this.fleet.cluster("prod-us");
		CoreV1Api api = new CoreV1Api(KubernetesClients.of(cluster));
		int quotas = api.listResourceQuotaForAllNamespaces().execute().getItems().size();
		cluster.drift().apply(Drift.ADD_MISSING_QUOTA);
		assertThat(api.listResourceQuotaForAllNamespaces().execute().getItems()).hasSizeGreaterThan(quotas);
		cluster.drift().revert(Drift.ADD_MISSING_QUOTA);
		assertThat(api.listResourceQuotaForAllNamespaces().execute().getItems()).hasSize(quotas);

		cluster.drift().apply("taint-control-plane");
		assertThat(api.readNode("us-master-1").execute().getSpec().getTaints()).isNotEmpty();
		cluster.drift().revert(Drift.TAINT_CONTROL_PLANE);
		assertThat(api.readNode("us-master-1").execute().getSpec().getTaints()).isNullOrEmpty();
	}

	@Test
	void metadataOnlyListsCarryNoSecretData() throws Exception {
		SimulatedCluster cluster = this.fleet.cluster("prod-us");
		Request request = new Request.Builder().url(cluster.url() + "/api/v1/secrets?limit=500")
			.header("Authorization", "Bearer " + cluster.token())
			.header("Accept", "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1")
			.build();
		try (Response response = KubernetesClients.of(cluster).getHttpClient().newCall(request).execute()) {
			JsonObject list = JsonParser.parseString(response.body().string()).getAsJsonObject();
			assertThat(list.get("kind").getAsString()).isEqualTo("PartialObjectMetadataList");
			assertThat(list.getAsJsonArray("items")).isNotEmpty()
				.allSatisfy((item) -> assertThat(item.getAsJsonObject().has("data")).isFalse());
		}
	}

}
