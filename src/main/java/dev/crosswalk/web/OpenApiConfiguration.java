package dev.crosswalk.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served OpenAPI document's header and its two bearer schemes, so Swagger UI's "Authorize"
 * accepts an admin token and a tenant token. The document is also checked in as
 * {@code openapi/crosswalk.yaml}; a test fails when the two drift.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI crosswalkOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Crosswalk unified ATS API")
                        .version("v1")
                        .description(
                                "One normalized REST API over each tenant's ATS (Ashby first), called in real "
                                        + "time with the tenant's own key. Errors are application/problem+json with a stable `code`.")
                        .license(new License().name("Apache-2.0")))
                // A relative server keeps the document identical on every host and port.
                .servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(
                                "admin",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("CROSSWALK_ADMIN_TOKEN (printed at start-up in development)"))
                        .addSecuritySchemes(
                                "tenant",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A tenant API token (cwk_...) issued by the admin API")));
    }
}
