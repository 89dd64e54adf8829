package dev.crosswalk.unified.routes;

import dev.crosswalk.unified.Documentation;
import dev.crosswalk.unified.Filter;
import dev.crosswalk.unified.ResourceQuery;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.VendorRegistry;
import dev.crosswalk.unified.WriteRoute;
import dev.crosswalk.unified.idempotency.WriteRequest;
import dev.crosswalk.unified.idempotency.WriteResponses;
import dev.crosswalk.web.UnifiedPage;
import dev.crosswalk.web.UnifiedResult;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;

/**
 * Documents every unified resource from its description, as {@link UnifiedController} serves it:
 * the list and get operations with their paging parameters and filters, the writes with their
 * bodies, {@code Idempotency-Key} and answers, each under the resource's tag with the tenant's
 * bearer scheme. The same words reach agent tools, so the two cannot drift.
 */
@Component
class UnifiedOpenApi implements OpenApiCustomizer {

    private static final String BASE = "/unified/ats/";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final SecurityRequirement TENANT = new SecurityRequirement().addList("tenant");

    /** The problems every write can answer, described once (each operation also gets the common ones). */
    private static final Map<String, String> WRITE_PROBLEMS = writeProblems();

    private final VendorRegistry vendors;

    UnifiedOpenApi(VendorRegistry vendors) {
        this.vendors = vendors;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            openApi.setPaths(new Paths());
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        for (UnifiedResource<?, ?> resource : vendors.resources()) {
            document(openApi, resource);
        }
    }

    private void document(OpenAPI openApi, UnifiedResource<?, ?> resource) {
        String tag = resource.tag().summary();
        openApi.addTagsItem(new Tag().name(tag).description(resource.tag().description()));
        String collection = BASE + resource.name();
        path(openApi, collection).setGet(list(openApi, resource, tag));
        if (resource.hasGet()) {
            path(openApi, collection + "/{id}").setGet(get(openApi, resource, tag));
        }
        for (WriteRoute<?, ?, ?> write : resource.writes()) {
            PathItem item = path(openApi, collection + write.pathSuffix());
            Operation operation = write(openApi, write, tag);
            if (write.shape() == WriteRoute.Shape.UPDATE) {
                item.setPatch(operation);
            } else {
                item.setPost(operation);
            }
        }
    }

    private Operation list(OpenAPI openApi, UnifiedResource<?, ?> resource, String tag) {
        Operation operation = operation(resource.listOperationId(), resource.list(), tag)
                .addParametersItem(query(
                                ResourceQuery.LIMIT,
                                "Page size, 1-100",
                                type("integer")
                                        ._default(ResourceQuery.DEFAULT_LIMIT)
                                        .minimum(BigDecimal.ONE)
                                        .maximum(BigDecimal.valueOf(ResourceQuery.MAX_LIMIT)))
                        .required(null))
                .addParametersItem(query(
                        ResourceQuery.NEXT_CURSOR,
                        "The next_cursor of the previous page, as received (opaque; bound to the same filters)",
                        type("string")))
                .addParametersItem(includeRemoteData());
        if (resource.syncs()) {
            operation
                    .addParametersItem(query(
                            ResourceQuery.SYNC,
                            "Start an incremental sync: page through the listing as usual; its last page carries "
                                    + "next_sync_token",
                            type("boolean")._default(false)))
                    .addParametersItem(query(
                            ResourceQuery.SYNC_TOKEN,
                            "The next_sync_token of an earlier sync pass, with the same filters: lists only the "
                                    + "records created or changed since that pass began (deletions are not listed); "
                                    + "its last page carries a fresh next_sync_token. An expired token is a 409 "
                                    + "sync_token_expired: start again with sync=true",
                            type("string")));
        } else {
            operation.setDescription(operation.getDescription() + " This resource has no incremental sync: the ATS "
                    + "does not track its changes, so sync and sync_token answer 400 sync_unsupported.");
        }
        for (Filter filter : resource.query().filters()) {
            Parameter parameter = query(filter.name(), filter.description(), schema(filter));
            if (filter.required()) {
                parameter.required(true);
            }
            operation.addParametersItem(parameter);
        }
        return operation.responses(new ApiResponses()
                .addApiResponse(
                        "200",
                        ok(
                                "One page; next_cursor is null on the last",
                                envelope(openApi, UnifiedPage.class, resource.record()))));
    }

    private Operation get(OpenAPI openApi, UnifiedResource<?, ?> resource, String tag) {
        return operation(resource.getOperationId(), resource.get(), tag)
                .addParametersItem(id())
                .addParametersItem(includeRemoteData())
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200", ok("The record", envelope(openApi, UnifiedResult.class, resource.record()))));
    }

    private Operation write(OpenAPI openApi, WriteRoute<?, ?, ?> write, String tag) {
        Operation operation = operation(write.operationId(), write.documentation(), tag);
        if (write.shape() != WriteRoute.Shape.CREATE) {
            operation.addParametersItem(id());
        }
        operation.addParametersItem(new Parameter()
                .in("header")
                .name(WriteRequest.IDEMPOTENCY_KEY)
                .description(WriteRequest.IDEMPOTENCY_KEY_DOC)
                .schema(type("string").minLength(1).maxLength(255)));
        operation.requestBody(new RequestBody().required(true).content(content(JSON, ref(openApi, write.body()))));
        ApiResponse success = ok(
                write.creates() ? "Created; replays of the same Idempotency-Key and body answer the same" : "Done",
                envelope(openApi, UnifiedResult.class, write.result()));
        if (write.creates()) {
            success.addHeaderObject(
                    "Location",
                    new Header()
                            .description("The created record, /unified/ats/<resource>/<id>")
                            .schema(type("string")));
        }
        success.addHeaderObject(
                WriteResponses.REPLAYED,
                new Header()
                        .description(
                                "true when this answer is replayed from an earlier request with the same Idempotency-Key")
                        .schema(type("string")));
        ApiResponses responses = new ApiResponses().addApiResponse(write.creates() ? "201" : "200", success);
        WRITE_PROBLEMS.forEach((status, description) -> responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(content(PROBLEM_JSON, new Schema<>().$ref(PROBLEM_REF)))));
        return operation.responses(responses);
    }

    private static Operation operation(String operationId, Documentation documentation, String tag) {
        return new Operation()
                .operationId(operationId)
                .summary(documentation.summary())
                .description(documentation.description())
                .addTagsItem(tag)
                .addSecurityItem(TENANT);
    }

    private static PathItem path(OpenAPI openApi, String path) {
        PathItem item = openApi.getPaths().get(path);
        if (item == null) {
            item = new PathItem();
            openApi.getPaths().addPathItem(path, item);
        }
        return item;
    }

    private static Parameter id() {
        return new Parameter()
                .in("path")
                .name("id")
                .required(true)
                .description("The record's id in the ATS")
                .schema(type("string"));
    }

    private static Parameter includeRemoteData() {
        return query(
                ResourceQuery.INCLUDE_REMOTE_DATA,
                "Add remote_data, the ATS's object as received",
                type("boolean")._default(false));
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).schema(schema);
    }

    private static Schema<?> schema(Filter filter) {
        if (!filter.choices().isEmpty()) {
            Schema<Object> choice = type("string");
            new TreeSet<>(filter.choices()).forEach(choice::addEnumItemObject);
            return choice;
        }
        return switch (filter.type()) {
            case TEXT -> type("string");
            case INSTANT -> type("string").format("date-time");
            case FLAG -> type("boolean")._default(false);
        };
    }

    /** The schema of {@code envelope<record>} (e.g. UnifiedPageCandidate), registered with what it refers to. */
    private static Schema<?> envelope(OpenAPI openApi, Class<?> envelope, Class<?> record) {
        return ref(
                openApi, ResolvableType.forClassWithGenerics(envelope, record).getType());
    }

    /** Registers the type's schema and those it refers to; answers a reference to it. */
    private static Schema<?> ref(OpenAPI openApi, Type type) {
        ResolvedSchema resolved =
                ModelConverters.getInstance(true).resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach((name, schema) -> {
                Schema<?> known = openApi.getComponents().getSchemas() == null
                        ? null
                        : openApi.getComponents().getSchemas().get(name);
                if (known != null && !known.equals(schema)) {
                    // Two records with one simple name would share a schema: clients would read one as the other.
                    throw new IllegalStateException("Two types are documented as the schema " + name
                            + "; give one of them @Schema(name = ...)");
                }
                openApi.getComponents().addSchemas(name, schema);
            });
        }
        return resolved.schema;
    }

    private static ApiResponse ok(String description, Schema<?> schema) {
        return new ApiResponse().description(description).content(content(JSON, schema));
    }

    private static Content content(String mediaType, Schema<?> schema) {
        return new Content().addMediaType(mediaType, new MediaType().schema(schema));
    }

    private static Schema<Object> type(String type) {
        // Both spellings: the document is OpenAPI 3.1 (types); older tooling reads type.
        return new Schema<Object>().type(type).types(Set.of(type));
    }

    private static Map<String, String> writeProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put(
                "400",
                "invalid_request: the body is malformed, misses required fields or has unknown ones (every "
                        + "problem is named in detail), the Idempotency-Key is malformed, or the ATS refused the values "
                        + "(its message in remote)");
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
}
