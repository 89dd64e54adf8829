package dev.crosswalk.unified.idempotency;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.UnifiedResult;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one bridge between a write endpoint and {@link IdempotentWrites}: runs the write under the
 * request's {@code Idempotency-Key}, answers {@code {"result": ...}} as stored bytes (so a replay is
 * byte-identical) with {@code Location} for creations and {@code Idempotent-Replayed: true} on
 * replays, and logs the outcome with ids only, never a body.
 */
@Component
public class WriteResponses {

    /** Set on answers replayed from an earlier attempt with the same key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(WriteResponses.class);

    private final IdempotentWrites writes;
    private final JsonMapper json;

    WriteResponses(IdempotentWrites writes, JsonMapper json) {
        this.writes = writes;
        this.json = json;
    }

    /**
     * A creation: 201 with {@code Location: <path>/<id>}. After an attempt whose outcome is unknown,
     * a retry first asks {@code findCreated} (given the first attempt's time) for the record that
     * attempt may have made, and creates only when it finds none.
     */
    public <T> Mono<ResponseEntity<byte[]>> created(
            WriteRequest request,
            Supplier<Mono<T>> create,
            Function<Instant, Mono<T>> findCreated,
            Function<T, String> idOf) {
        Function<T, WriteResponse> answer = record -> new WriteResponse(
                HttpStatus.CREATED.value(),
                request.path() + "/" + idOf.apply(record),
                json.writeValueAsBytes(new UnifiedResult<>(record)));
        return run(request, new IdempotentWrites.Write() {
            @Override
            public Mono<WriteResponse> perform() {
                return create.get().map(answer);
            }

            @Override
            public Mono<WriteResponse> reconcile(Instant firstAttemptAt) {
                return findCreated
                        .apply(firstAttemptAt)
                        .doOnNext(found -> log.info(
                                "{} {} for tenant {}: adopted {} made by an earlier attempt",
                                request.method(),
                                request.path(),
                                request.tenant().id(),
                                idOf.apply(found)))
                        .switchIfEmpty(Mono.defer(create))
                        .map(answer);
            }
        });
    }

    /** A change that is idempotent by nature (update, add tag, move stage): 200, and simply done again after an unknown outcome. */
    public <T> Mono<ResponseEntity<byte[]>> changed(WriteRequest request, Supplier<Mono<T>> change) {
        return run(
                request,
                () -> change.get()
                        .map(record -> new WriteResponse(
                                HttpStatus.OK.value(), null, json.writeValueAsBytes(new UnifiedResult<>(record)))));
    }

    private Mono<ResponseEntity<byte[]>> run(WriteRequest request, IdempotentWrites.Write write) {
        return writes.execute(request.tenant(), request.idempotencyKey(), canonical(request), write)
                .doOnNext(outcome -> log.info(
                        "{} {} for tenant {}: {}{}{}",
                        request.method(),
                        request.path(),
                        request.tenant().id(),
                        outcome.response().status(),
                        outcome.response().location() == null
                                ? ""
                                : " " + outcome.response().location(),
                        outcome.replayed() ? " (replayed)" : ""))
                .doOnError(failure -> log.info(
                        "{} {} for tenant {} failed: {}",
                        request.method(),
                        request.path(),
                        request.tenant().id(),
                        failure instanceof CrosswalkException known
                                ? known.code().code()
                                : "unexpected"))
                .map(WriteResponses::entity);
    }

    /**
     * What the key is bound to: method, path and the validated body written out again, so spacing,
     * key order and omitted nulls in what the client sent do not make a retry look different.
     */
    private String canonical(WriteRequest request) {
        return request.method() + " " + request.path() + "\n"
                + (request.body() == null ? "" : json.writeValueAsString(request.body()));
    }

    private static ResponseEntity<byte[]> entity(IdempotentWrites.Outcome outcome) {
        WriteResponse response = outcome.response();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (response.location() != null) {
            headers.set(HttpHeaders.LOCATION, response.location());
        }
        if (outcome.replayed()) {
            headers.set(REPLAYED, "true");
        }
        return ResponseEntity.status(response.status()).headers(headers).body(response.body());
    }
}
