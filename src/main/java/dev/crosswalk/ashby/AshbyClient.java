package dev.crosswalk.ashby;

import dev.crosswalk.ashby.AshbyErrors.Caller;
import dev.crosswalk.tenant.CredentialsRejectedEvent;
import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ashby's RPC API: {@code POST {base}/{method}} with a JSON body and the tenant's key, the answer
 * decoded once by {@link AshbyErrors} into typed records. Four shapes of call, each named for what
 * Ashby answers: {@link #one}, {@link #page}, {@link #all} (reads, retried) and {@link #write}
 * (one attempt only). The per-resource packages say which method and which records.
 */
@Component
public class AshbyClient {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final AshbyTransport transport;
    private final AshbyResilience resilience;
    private final AshbyErrors errors;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    AshbyClient(
            AshbyTransport transport,
            AshbyResilience resilience,
            JsonMapper json,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.transport = transport;
        this.resilience = resilience;
        this.errors = new AshbyErrors(json, new DecodeDrift(meters));
        this.json = json;
        this.events = events;
    }

    /** {@code apiKey.info} for a key that is not stored yet: a rejected key is a 422, not a tenant problem. */
    Mono<AshbyApiKey> apiKeyInfo(Secret apiKey) {
        return call(new Caller(null, apiKey), "apiKey.info", null, true, AshbyApiKey.class)
                .map(answer -> single("apiKey.info", answer).value());
    }

    /** A read answering one object in {@code results}. */
    public <T> Mono<Received<T>> one(TenantContext tenant, String method, Object body, Class<T> type) {
        return call(caller(tenant), method, body, true, type).map(answer -> single(method, answer));
    }

    /** A read of an unpaged list: every result in one answer. */
    public <T> Mono<List<Received<T>>> all(TenantContext tenant, String method, Object body, Class<T> type) {
        return call(caller(tenant), method, body, true, type).map(answer -> list(method, answer));
    }

    /**
     * A call that changes data at Ashby and answers what it created or changed: one attempt only, so
     * a lost answer never doubles a write.
     */
    public <T> Mono<Received<T>> write(TenantContext tenant, String method, Object body, Class<T> type) {
        return call(caller(tenant), method, body, false, type).map(answer -> single(method, answer));
    }

    /** One page of a paged method; a page longer than the {@code limit} asked for is not one Ashby sends. */
    public <T> Mono<AshbyPage<T>> page(TenantContext tenant, String method, Object body, Class<T> type) {
        JsonNode requested = json.valueToTree(body).path("limit");
        Integer limit = requested.isNumber() ? requested.intValue() : null;
        return call(caller(tenant), method, body, true, type).map(answer -> {
            List<Received<T>> results = list(method, answer);
            if (answer.moreDataAvailable() && answer.nextCursor() == null || limit != null && results.size() > limit) {
                throw errors.unexpectedShape(method, null);
            }
            return new AshbyPage<>(results, answer.moreDataAvailable(), answer.nextCursor(), answer.syncToken());
        });
    }

    private <T> Mono<AshbyAnswer<T>> call(
            Caller caller, String method, Object body, boolean idempotent, Class<T> type) {
        byte[] payload = body == null ? EMPTY_OBJECT : json.writeValueAsBytes(body);
        Mono<AshbyAnswer<T>> attempt = Mono.defer(() -> transport
                        .post(method, caller.apiKey())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(payload)
                        .exchangeToMono(response -> declaresTooLarge(response)
                                // Refused on its Content-Length: no point reading megabytes only to drop them.
                                ? response.releaseBody()
                                        .then(Mono.error(
                                                new org.springframework.core.io.buffer.DataBufferLimitException(
                                                        "Content-Length above crosswalk.ashby.max-response-size")))
                                : response.bodyToMono(byte[].class)
                                        .defaultIfEmpty(new byte[0])
                                        .map(bytes -> errors.answer(
                                                caller,
                                                method,
                                                response.statusCode().value(),
                                                response.headers().asHttpHeaders(),
                                                bytes,
                                                type))))
                .timeout(transport.properties().responseTimeout())
                .onErrorMap(
                        failure -> !(failure instanceof CrosswalkException),
                        failure -> AshbyErrors.transportFailure(method, failure));
        return resilience
                .guard(caller, idempotent, attempt)
                .doOnError(UpstreamFailure.class, failure -> reportRejectedKey(caller, failure));
    }

    /** Ashby answered {@code method} with success but without what it documents (e.g. a file without its URL): a 502. */
    public CrosswalkException unexpectedAnswer(String method) {
        return errors.unexpectedShape(method, null);
    }

    private boolean declaresTooLarge(ClientResponse response) {
        return response.headers().contentLength().orElse(-1)
                > transport.properties().maxResponseSize().toBytes();
    }

    /** Tells the tenant side that the stored key stopped working; off the I/O thread, as listeners write to the database. */
    private void reportRejectedKey(Caller caller, UpstreamFailure failure) {
        if (failure.code() == ProblemCode.UPSTREAM_AUTH_FAILED && !caller.onboarding()) {
            Schedulers.boundedElastic()
                    .schedule(() -> events.publishEvent(new CredentialsRejectedEvent(caller.tenantId())));
        }
    }

    private <T> List<Received<T>> list(String method, AshbyAnswer<T> answer) {
        if (answer.kind() != AshbyAnswer.Results.ARRAY) {
            throw errors.unexpectedShape(method, null);
        }
        return answer.results();
    }

    private <T> Received<T> single(String method, AshbyAnswer<T> answer) {
        if (answer.kind() != AshbyAnswer.Results.OBJECT) {
            throw errors.unexpectedShape(method, null);
        }
        return answer.results().get(0);
    }

    private static Caller caller(TenantContext tenant) {
        return new Caller(tenant.id(), tenant.apiKey());
    }
}
