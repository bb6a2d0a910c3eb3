package dev.fleetward.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}),
 * for the ticketing and reporting tools that integrate with Fleetward. Both need a
 * signed-in user or an API token, like the rest of the API.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI fleetwardOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Fleetward API")
				.version("v1")
				.description("Clusters, scans, findings with their history, exemptions, scores and trends."
						+ " Errors are RFC 7807 problems naming the field at fault; lists page with opaque"
						+ " cursors (`cursor`), and `updatedSince` supports incremental sync."))
			.components(new Components().addSecuritySchemes("apiToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API token (fwt_...) created by an admin; scope read or write.")))
			.addSecurityItem(new SecurityRequirement().addList("apiToken"));
	}

}
