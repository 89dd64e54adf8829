package dev.crosswalk.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the contract's error answers on every unified operation: each status with the codes it
 * carries, as {@code application/problem+json} with one shared {@code Problem} schema, so clients
 * generated from the document know the error shape without reading the contract.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";

    /** Status → description naming its codes; 429 and 503 also carry {@code Retry-After}. */
    private static final Map<String, String> STATUSES = statuses();

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/unified/")) {
                // An operation that documents a status more precisely (e.g. the writes) keeps its own description.
                item.readOperations()
                        .forEach(operation -> STATUSES.forEach((status, description) ->
                                operation.getResponses().putIfAbsent(status, response(status, description))));
            }
        });
    }

    private static ApiResponse response(String status, String description) {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        if (status.equals("429") || status.equals("503")) {
            response.addHeaderObject(
                    "Retry-After",
                    new Header().description("Seconds to wait before retrying").schema(type("integer")));
        }
        return response;
    }

    private static Schema<Object> problemSchema() {
        Schema<Object> remote = type("object")
                .description("What the ATS said, on failures that came from it")
                .addProperty("status", type("integer").description("The ATS's HTTP status"))
                .addProperty("code", type("string").description("The ATS's error code"))
                .addProperty("message", type("string").description("The ATS's message"));
        return type("object")
                .description("An RFC 9457 problem: every error of the API has this shape")
                .addProperty("type", type("string").format("uri").description("Names the kind of problem"))
                .addProperty("title", type("string").description("Human summary of the kind of problem"))
                .addProperty("status", type("integer").description("The HTTP status"))
                .addProperty(
                        "detail",
                        type("string").description("What went wrong with this request, naming the parameter at fault"))
                .addProperty(
                        "code",
                        type("string")
                                .description("Stable snake_case code to switch on, e.g. invalid_request, "
                                        + "not_found, rate_limited, upstream_error"))
                .addProperty("request_id", type("string").description("Also sent as the X-Request-Id response header"))
                .addProperty("remote", remote)
                .required(List.of("type", "title", "status", "detail", "code", "request_id"));
    }

    private static Schema<Object> type(String type) {
        // Set both spellings: the document is OpenAPI 3.1 (types), older tooling reads type.
        return new Schema<Object>().type(type).types(Set.of(type));
    }

    private static Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put(
                "400",
                "invalid_request (a bad, unknown or missing parameter or body member), invalid_cursor, invalid_sync_token "
                        + "(a tampered, foreign or other listing's sync token) or sync_unsupported (the resource or filter cannot sync)");
        statuses.put("401", "unauthorized: missing, unknown or revoked token");
        statuses.put("403", "tenant_disabled, or upstream_permission_denied (the ATS key lacks a permission)");
        statuses.put("404", "not_found: unknown route or id");
        statuses.put(
                "409",
                "cursor_expired: the ATS's cursor expired, restart the listing; or sync_token_expired: the ATS no "
                        + "longer accepts the sync token, start a full sync with sync=true");
        statuses.put("429", "rate_limited: tenant or ATS rate limit; retry after Retry-After seconds");
        statuses.put("502", "upstream_auth_failed (the ATS rejected the stored key) or upstream_error");
        statuses.put(
                "503",
                "upstream_unavailable: calls to the ATS are paused for this tenant; retry after Retry-After seconds");
        statuses.put("504", "upstream_timeout: the ATS was too slow");
        return Collections.unmodifiableMap(statuses);
    }
}
