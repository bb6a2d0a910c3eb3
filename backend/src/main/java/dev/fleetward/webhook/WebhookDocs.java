package dev.fleetward.webhook;

import java.util.List;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Describes the events Fleetward posts to subscribers in the OpenAPI document's
 * {@code webhooks} section, with their signature headers and body schemas, so integrators
 * can generate receivers the way they generate clients.
 */
@Component
class WebhookDocs implements OpenApiCustomizer {

	private static final String SIGNING = """
			Verify before trusting the body: compute HMAC-SHA256 with the subscription's secret over \
			`<Fleetward-Timestamp>.<raw body>` and compare it, in constant time, with the hex digest in \
			Fleetward-Signature (after `sha256=`); reject timestamps more than five minutes old. \
			Deliveries are retried with back-off for 24 hours until a 2xx answer, always with the same \
			Fleetward-Event-Id, so a receiver that stores the ids it has handled sees each event once.""";

	@Override
	public void customise(OpenAPI api) {
		for (Class<?> payload : List.of(WebhookPayloads.FindingEvent.class, WebhookPayloads.ScanFailedEvent.class,
				WebhookPayloads.ClusterStaleEvent.class)) {
			ModelConverters.getInstance(true).readAll(payload).forEach(api.getComponents()::addSchemas);
		}
		for (EventType type : EventType.values()) {
			api.addWebhooks(type.wireName(), new PathItem().post(operation(type)));
		}
	}

	private static Operation operation(EventType type) {
		return new Operation().operationId(type.wireName().replace('.', '-'))
			.summary(summary(type))
			.description(SIGNING)
			.addTagsItem("Webhooks")
			.addParametersItem(header("Fleetward-Event-Id", "The event id; the same on every retry", "uuid"))
			.addParametersItem(header("Fleetward-Event", "The event type, as in the body's type", null))
			.addParametersItem(
					header("Fleetward-Timestamp", "Seconds since the epoch when this attempt was signed", null))
			.addParametersItem(header("Fleetward-Signature", "sha256=<hex HMAC-SHA256 of timestamp.body>", null))
			.requestBody(new RequestBody().required(true)
				.content(new Content().addMediaType("application/json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schemaName(type))))))
			.responses(new ApiResponses()
				.addApiResponse("2XX", new ApiResponse().description("Received; the event is not sent again"))
				.addApiResponse("default", new ApiResponse()
					.description("Anything else, or no answer within the timeout: retried with back-off")));
	}

	private static Parameter header(String name, String description, String format) {
		return new HeaderParameter().name(name)
			.required(true)
			.description(description)
			.schema(new StringSchema().format(format));
	}

	private static String summary(EventType type) {
		return switch (type) {
			case FINDING_OPENED -> "A finding was seen for the first time";
			case FINDING_RESOLVED -> "A complete scan found the problem gone";
			case FINDING_REOPENED -> "A resolved finding came back";
			case SCAN_FAILED -> "A scan could not read the cluster";
			case CLUSTER_STALE -> "A cluster has not been scanned successfully for a while";
		};
	}

	private static String schemaName(EventType type) {
		return switch (type) {
			case FINDING_OPENED, FINDING_RESOLVED, FINDING_REOPENED -> "FindingEvent";
			case SCAN_FAILED -> "ScanFailedEvent";
			case CLUSTER_STALE -> "ClusterStaleEvent";
		};
	}

}
