package dev.crosswalk.ashby;

import dev.crosswalk.ashby.AshbyErrors.Caller;
import dev.crosswalk.ashby.model.AshbyApiKey;
import dev.crosswalk.ashby.model.AshbyCandidate;
import dev.crosswalk.ashby.model.AshbyPage;
import dev.crosswalk.ashby.model.CandidateListRequest;
import dev.crosswalk.ashby.model.CandidateSearchRequest;
import dev.crosswalk.ashby.model.IdRequest;
import dev.crosswalk.ashby.model.Received;
import dev.crosswalk.tenant.CredentialsRejectedEvent;
import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ashby's RPC API as typed calls: {@code POST {base}/{method}} with a JSON body, the caller's key,
 * and the answer decoded once by {@link AshbyErrors}. Reads are retried, writes never.
 */
@Component
class AshbyClient {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final AshbyTransport transport;
    private final AshbyResilience resilience;
    private final AshbyErrors errors;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    AshbyClient(AshbyTransport transport, AshbyResilience resilience, JsonMapper json, ApplicationEventPublisher events) {
        this.transport = transport;
        this.resilience = resilience;
        this.errors = new AshbyErrors(json);
        this.json = json;
        this.events = events;
    }

    /** {@code apiKey.info} for a key that is not stored yet: a rejected key is a 422, not a tenant problem. */
    Mono<AshbyApiKey> apiKeyInfo(Secret apiKey) {
        return read(new Caller(null, apiKey), "apiKey.info", Map.of())
                .map(envelope -> convert("apiKey.info", envelope.path("results"), AshbyApiKey.class));
    }

    Mono<AshbyPage<AshbyCandidate>> listCandidates(TenantContext tenant, CandidateListRequest request) {
        return page(tenant, "candidate.list", request, request.limit(), AshbyCandidate.class);
    }

    Mono<Received<AshbyCandidate>> candidateInfo(TenantContext tenant, String id) {
        return read(caller(tenant), "candidate.info", new IdRequest(id))
                .map(envelope -> received("candidate.info", envelope.path("results"), AshbyCandidate.class));
    }

    /** {@code candidate.search}: not paged, at most 100 matches. */
    Mono<List<Received<AshbyCandidate>>> searchCandidates(TenantContext tenant, CandidateSearchRequest request) {
        return read(caller(tenant), "candidate.search", request)
                .map(envelope -> receivedAll("candidate.search", envelope.path("results"), AshbyCandidate.class));
    }

    /** A call that changes data at Ashby: one attempt only, so a lost answer never doubles a write. */
    Mono<JsonNode> write(TenantContext tenant, String method, Object body) {
        return call(caller(tenant), method, body, false);
    }

    /** One page of a paged method; a page longer than the {@code limit} asked for is not one Ashby sends. */
    private <T> Mono<AshbyPage<T>> page(TenantContext tenant, String method, Object body, Integer limit, Class<T> type) {
        return read(caller(tenant), method, body).map(envelope -> {
            boolean more = envelope.path("moreDataAvailable").asBoolean(false);
            String cursor = envelope.path("nextCursor").isString() ? envelope.path("nextCursor").asString() : null;
            if (more && cursor == null || limit != null && envelope.path("results").size() > limit) {
                throw errors.unexpectedShape(method, null);
            }
            return new AshbyPage<>(receivedAll(method, envelope.path("results"), type), more, more ? cursor : null);
        });
    }

    private Mono<JsonNode> read(Caller caller, String method, Object body) {
        return call(caller, method, body, true);
    }

    private Mono<JsonNode> call(Caller caller, String method, Object body, boolean idempotent) {
        byte[] payload = body == null ? EMPTY_OBJECT : json.writeValueAsBytes(body);
        Mono<JsonNode> attempt = Mono.defer(() -> transport.post(method, caller.apiKey())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(payload)
                        .exchangeToMono(response -> declaresTooLarge(response)
                                // Refused on its Content-Length: no point reading megabytes only to drop them.
                                ? response.releaseBody().then(Mono.error(new org.springframework.core.io.buffer.DataBufferLimitException(
                                        "Content-Length above crosswalk.ashby.max-response-size")))
                                : response.bodyToMono(byte[].class)
                                .defaultIfEmpty(new byte[0])
                                .map(bytes -> errors.envelope(caller, method, response.statusCode().value(),
                                        response.headers().asHttpHeaders(), bytes))))
                .timeout(transport.properties().responseTimeout())
                .onErrorMap(failure -> !(failure instanceof CrosswalkException), failure -> AshbyErrors.transportFailure(method, failure));
        return resilience.guard(caller, idempotent, attempt)
                .doOnError(UpstreamFailure.class, failure -> reportRejectedKey(caller, failure));
    }

    private boolean declaresTooLarge(org.springframework.web.reactive.function.client.ClientResponse response) {
        return response.headers().contentLength().orElse(-1) > transport.properties().maxResponseSize().toBytes();
    }

    /** Tells the tenant side that the stored key stopped working; off the I/O thread, as listeners write to the database. */
    private void reportRejectedKey(Caller caller, UpstreamFailure failure) {
        if (failure.code() == ProblemCode.UPSTREAM_AUTH_FAILED && !caller.onboarding()) {
            Schedulers.boundedElastic().schedule(() -> events.publishEvent(new CredentialsRejectedEvent(caller.tenantId())));
        }
    }

    private <T> List<Received<T>> receivedAll(String method, JsonNode results, Class<T> type) {
        if (!results.isArray()) {
            throw errors.unexpectedShape(method, null);
        }
        List<Received<T>> all = new ArrayList<>(results.size());
        for (JsonNode result : results) {
            all.add(received(method, result, type));
        }
        return List.copyOf(all);
    }

    private <T> Received<T> received(String method, JsonNode result, Class<T> type) {
        return new Received<>(convert(method, result, type), result);
    }

    private <T> T convert(String method, JsonNode result, Class<T> type) {
        if (!result.isObject()) {
            throw errors.unexpectedShape(method, null);
        }
        try {
            return json.treeToValue(result, type);
        } catch (JacksonException e) {
            throw errors.unexpectedShape(method, e);
        }
    }

    private static Caller caller(TenantContext tenant) {
        return new Caller(tenant.id(), tenant.apiKey());
    }
}
