package dev.crosswalk.unified;

import dev.crosswalk.tenant.TenantContext;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * One write of a unified resource, described once: its route, body and result, its words, and how
 * the tenant's vendor performs it. From this come the REST route, its OpenAPI text and the agent
 * tool. Every write can be retried safely with an {@code Idempotency-Key}; a creation also says how
 * to find what an attempt with an unknown outcome may have made.
 *
 * <pre>{@code
 * WriteRoute.create("createCandidate", NewCandidate.class, Candidate.class)
 *         .documented("Create a candidate", "...")
 *         .by(CandidateWrites.class, (writes, tenant, id, body) -> writes.create(tenant, body))
 *         .reconciledBy((writes, tenant, body, since) -> writes.findCreated(tenant, body, since), Candidate::id);
 * }</pre>
 *
 * @param <C> the vendor's write interface that performs it
 * @param <B> the request body
 * @param <R> the unified record it answers
 */
public final class WriteRoute<C extends VendorComponent, B, R> {

    /** Where a write sits on its resource. */
    public enum Shape {
        /** {@code POST /unified/ats/{resource}}: 201 with {@code Location}. */
        CREATE,
        /** {@code PATCH /unified/ats/{resource}/{id}}. */
        UPDATE,
        /** {@code POST /unified/ats/{resource}/{id}/{action}}. */
        ACTION
    }

    /** Performs the write with the vendor's component; {@code id} is null for a creation. */
    @FunctionalInterface
    public interface Perform<C, B, R> {
        Mono<R> apply(C vendor, TenantContext tenant, String id, B body);
    }

    /** Finds the record an earlier creation with this body made at or after {@code since}; empty when none. */
    @FunctionalInterface
    public interface FindCreated<C, B, R> {
        Mono<R> find(C vendor, TenantContext tenant, B body, Instant since);
    }

    private final String operationId;
    private final Shape shape;
    private final String action;
    private final Class<B> body;
    private final Class<R> result;
    private final Documentation documentation;
    private final Class<C> vendorType;
    private final Perform<C, B, R> perform;
    private final FindCreated<C, B, R> findCreated;
    private final Function<R, String> idOf;

    private WriteRoute(
            String operationId,
            Shape shape,
            String action,
            Class<B> body,
            Class<R> result,
            Documentation documentation,
            Class<C> vendorType,
            Perform<C, B, R> perform,
            FindCreated<C, B, R> findCreated,
            Function<R, String> idOf) {
        this.operationId = operationId;
        this.shape = shape;
        this.action = action;
        this.body = body;
        this.result = result;
        this.documentation = documentation;
        this.vendorType = vendorType;
        this.perform = perform;
        this.findCreated = findCreated;
        this.idOf = idOf;
    }

    /** {@code POST /unified/ats/{resource}}. */
    public static <B, R> Draft<B, R> create(String operationId, Class<B> body, Class<R> result) {
        return new Draft<>(operationId, Shape.CREATE, null, body, result, null);
    }

    /** {@code PATCH /unified/ats/{resource}/{id}}. */
    public static <B, R> Draft<B, R> update(String operationId, Class<B> body, Class<R> result) {
        return new Draft<>(operationId, Shape.UPDATE, null, body, result, null);
    }

    /** {@code POST /unified/ats/{resource}/{id}/{action}}, e.g. {@code move-stage}. */
    public static <B, R> Draft<B, R> action(String operationId, String action, Class<B> body, Class<R> result) {
        return new Draft<>(operationId, Shape.ACTION, action, body, result, null);
    }

    /** A write not yet bound to the vendor interface that performs it. */
    public record Draft<B, R>(
            String operationId,
            Shape shape,
            String action,
            Class<B> body,
            Class<R> result,
            Documentation documentation) {

        public Draft<B, R> documented(String summary, String description) {
            return new Draft<>(operationId, shape, action, body, result, new Documentation(summary, description));
        }

        public <C extends VendorComponent> WriteRoute<C, B, R> by(Class<C> vendorType, Perform<C, B, R> perform) {
            Objects.requireNonNull(documentation, () -> operationId + " is not documented");
            return new WriteRoute<>(
                    operationId, shape, action, body, result, documentation, vendorType, perform, null, null);
        }
    }

    /**
     * A creation made safe to retry after an unknown outcome: the retry first asks
     * {@code findCreated} for what the earlier attempt made, and creates only when it finds none.
     */
    public WriteRoute<C, B, R> reconciledBy(FindCreated<C, B, R> findCreated, Function<R, String> idOf) {
        if (shape != Shape.CREATE) {
            throw new IllegalStateException(operationId + ": only creations are reconciled");
        }
        return new WriteRoute<>(
                operationId, shape, action, body, result, documentation, vendorType, perform, findCreated, idOf);
    }

    public String operationId() {
        return operationId;
    }

    public Shape shape() {
        return shape;
    }

    /** The last path segment of an {@link Shape#ACTION}; null otherwise. */
    public String action() {
        return action;
    }

    public Class<B> body() {
        return body;
    }

    public Class<R> result() {
        return result;
    }

    public Documentation documentation() {
        return documentation;
    }

    public Class<C> vendorType() {
        return vendorType;
    }

    /** The route below {@code /unified/ats/{resource}}: {@code ""}, {@code /{id}} or {@code /{id}/{action}}. */
    public String pathSuffix() {
        return switch (shape) {
            case CREATE -> "";
            case UPDATE -> "/{id}";
            case ACTION -> "/{id}/" + action;
        };
    }

    /** {@code POST} or {@code PATCH}. */
    public String httpMethod() {
        return shape == Shape.UPDATE ? "PATCH" : "POST";
    }

    public boolean creates() {
        return shape == Shape.CREATE;
    }

    public Mono<R> perform(C vendor, TenantContext tenant, String id, B body) {
        return perform.apply(vendor, tenant, id, body);
    }

    /** The look-up after an unknown outcome; null for writes that are simply done again. */
    public FindCreated<C, B, R> findCreated() {
        return findCreated;
    }

    /** The id of a created record, for its {@code Location}. */
    public String idOf(R record) {
        return idOf.apply(record);
    }

    @Override
    public String toString() {
        return "WriteRoute[" + operationId + ": " + httpMethod() + " " + pathSuffix() + "]";
    }
}
