package dev.crosswalk.unified.idempotency;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents {@link DocumentedWrite} endpoints: the {@code {"result": ...}} answer, {@code Location}
 * and {@code Idempotent-Replayed} headers, and the problem+json answers of the contract that every
 * write can give, described once here rather than on each endpoint.
 */
@Configuration(proxyBeanMethods = false)
class WriteDocumentation {

    /** Defined once, with every unified operation's error answers, by {@code web.ProblemResponses}. */
    private static final String PROBLEM = "Problem";

    private static final Map<String, String> PROBLEMS = problems();

    private final Set<Class<?>> results = ConcurrentHashMap.newKeySet();

    private static Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put(
                "400",
                "invalid_request: the body is malformed, misses required fields or has unknown ones (every "
                        + "problem is named in detail), the Idempotency-Key is malformed, or the ATS refused the values (its message in remote)");
        problems.put("404", "not_found: the record in the path, or one the body refers to, does not exist in the ATS");
        problems.put(
                "409",
                "idempotency_request_in_progress: a request with the same Idempotency-Key is still running; retry shortly");
        problems.put("422", "idempotency_key_mismatch: the Idempotency-Key was already used with a different request");
        problems.put(
                "502",
                "upstream_error / upstream_auth_failed: the ATS failed or rejected the stored key. Retry with the same "
                        + "Idempotency-Key: the write is then reconciled, not repeated");
        problems.put(
                "504",
                "upstream_timeout: the ATS did not answer in time, so the write may or may not have happened. Retry with "
                        + "the same Idempotency-Key: a creation first looks for what the timed-out attempt made");
        return problems;
    }

    @Bean
    OperationCustomizer writeOperations() {
        return (operation, handler) -> {
            DocumentedWrite write = handler.getMethodAnnotation(DocumentedWrite.class);
            if (write == null) {
                return operation;
            }
            results.add(write.result());
            ApiResponses responses = new ApiResponses();
            ApiResponse success = new ApiResponse()
                    .description(
                            write.created()
                                    ? "Created; replays of the same Idempotency-Key and body answer the same"
                                    : "Done")
                    .content(json(
                            "application/json",
                            new ObjectSchema()
                                    .addProperty(
                                            "result",
                                            new Schema<>()
                                                    .$ref("#/components/schemas/"
                                                            + write.result().getSimpleName()))));
            if (write.created()) {
                success.addHeaderObject(
                        "Location",
                        new Header()
                                .description("The created record, /unified/ats/<resource>/<id>")
                                .schema(new StringSchema()));
            }
            success.addHeaderObject(
                    WriteResponses.REPLAYED,
                    new Header()
                            .description(
                                    "true when this answer is replayed from an earlier request with the same Idempotency-Key")
                            .schema(new StringSchema()));
            responses.addApiResponse(write.created() ? "201" : "200", success);
            PROBLEMS.forEach((status, description) -> responses.addApiResponse(
                    status,
                    new ApiResponse()
                            .description(description)
                            .content(json(
                                    "application/problem+json",
                                    new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            return operation.responses(responses);
        };
    }

    @Bean
    OpenApiCustomizer writeSchemas() {
        return openApi -> {
            if (openApi.getComponents().getSchemas() == null) {
                openApi.getComponents().setSchemas(new LinkedHashMap<>());
            }
            for (Class<?> result : results) {
                ModelConverters.getInstance()
                        .readAll(result)
                        .forEach((name, schema) ->
                                openApi.getComponents().getSchemas().putIfAbsent(name, schema));
            }
        };
    }

    private static Content json(String mediaType, Schema<?> schema) {
        return new Content().addMediaType(mediaType, new MediaType().schema(schema));
    }
}
