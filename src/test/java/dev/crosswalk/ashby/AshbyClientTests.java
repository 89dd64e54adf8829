package dev.crosswalk.ashby;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.crosswalk.ashby.activities.AshbyNote;
import dev.crosswalk.ashby.candidates.AshbyCandidate;
import dev.crosswalk.ashby.candidates.CandidateListRequest;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.tenant.CredentialsCheck.CheckedCredentials;
import dev.crosswalk.tenant.CredentialsRejectedEvent;
import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The Ashby client against a WireMock Ashby: what goes on the wire and how every failure surfaces. */
class AshbyClientTests {

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.create();

    static final String KEY_A = "ashby-key-tenant-a-0123456789";
    static final String KEY_B = "ashby-key-tenant-b-9876543210";
    static final TenantContext TENANT_A = new TenantContext(UUID.randomUUID(), "Tenant A", "ashby", Secret.of(KEY_A));
    static final TenantContext TENANT_B = new TenantContext(UUID.randomUUID(), "Tenant B", "ashby", Secret.of(KEY_B));
    static final String PAGE = """
            {"success": true, "results": [{"id": "c-1", "name": "Ada Lovelace", "createdAt": "2024-02-04T21:38:12.442Z"}],
             "moreDataAvailable": true, "nextCursor": "next-1"}""";

    final List<Object> events = new CopyOnWriteArrayList<>();
    AshbyClient client;

    @BeforeEach
    void setUp() {
        client = client(4);
        warmUp();
    }

    /** The JVM's first HTTP exchange loads Netty and can take longer than the short test timeouts. */
    private void warmUp() {
        if (!warm) {
            ashby.stubFor(
                    post("/apiKey.info").willReturn(okJson("{\"success\": true, \"results\": {\"title\": \"t\"}}")));
            // On a loaded machine the cold start alone can exceed the 1 s test timeout: try a few times.
            for (int attempt = 0; attempt < 5 && !warm; attempt++) {
                try {
                    client.apiKeyInfo(Secret.of("warm-up")).block();
                    warm = true;
                } catch (RuntimeException coldStart) {
                    // the next attempt finds Netty loaded
                }
            }
            ashby.resetAll();
            warm = true;
        }
    }

    static boolean warm;

    AshbyClient client(int maxCallsPerKey) {
        AshbyProperties properties = new AshbyProperties(
                URI.create(ashby.baseUrl()),
                "2026-01-01",
                Duration.ofSeconds(2),
                Duration.ofMillis(1000),
                DataSize.ofMegabytes(1),
                new AshbyProperties.Retry(3, Duration.ofMillis(10), Duration.ofMillis(100)),
                new AshbyProperties.Breaker(50, 10, 4, Duration.ofSeconds(30), 1),
                new AshbyProperties.Concurrency(maxCallsPerKey, Duration.ofMillis(100)));
        JsonMapper json = JsonMapper.builder().build();
        return new AshbyClient(
                new AshbyTransport(WebClient.builder(), properties),
                new AshbyResilience(
                        CircuitBreakerRegistry.ofDefaults(),
                        RetryRegistry.ofDefaults(),
                        BulkheadRegistry.ofDefaults(),
                        properties),
                json,
                events::add,
                new SimpleMeterRegistry());
    }

    @Test
    void verifyCredentialsSendsTheKeyAsBasicAuthWithEmptyPasswordAndTheApiVersion() {
        ashby.stubFor(post("/apiKey.info").willReturn(okJson("""
                {"success": true, "results": {"title": "Crosswalk", "createdAt": "2025-01-01T00:00:00.000Z",
                 "scopes": ["candidates:read", "jobs:read"]}}""")));

        CheckedCredentials check =
                new AshbyCredentials(client).check(Secret.of(KEY_A)).block();

        assertThat(check).isEqualTo(new CheckedCredentials("Crosswalk", List.of("candidates:read", "jobs:read")));
        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/apiKey.info"))
                        .withHeader("Authorization", equalTo("Basic YXNoYnkta2V5LXRlbmFudC1hLTAxMjM0NTY3ODk6"))
                        .withHeader("Ashby-Version", equalTo("2026-01-01"))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson("{}")));
    }

    @Test
    void aRejectedKeyDuringOnboardingIsUnprocessableAndMarksNoTenant() {
        for (int status : new int[] {401, 403}) {
            ashby.stubFor(post("/apiKey.info").willReturn(aResponse().withStatus(status)));

            CrosswalkException failure = failure(() -> client.apiKeyInfo(Secret.of(KEY_A)));

            assertThat(failure.code()).isEqualTo(ProblemCode.UPSTREAM_CREDENTIALS_REJECTED);
            assertThat(failure.remote().status()).isEqualTo(status);
        }
        pause();
        assertThat(events).isEmpty();
    }

    @Test
    void listSendsExactlyTheCursorLimitAndEpochMillisecondFilter() {
        ashby.stubFor(post("/candidate.list").willReturn(okJson(PAGE)));

        AshbyPage<AshbyCandidate> page = client.page(
                        TENANT_A,
                        "candidate.list",
                        new CandidateListRequest(37, "cursor-7", 1704067200000L, null),
                        AshbyCandidate.class)
                .block();

        ashby.verify(postRequestedFor(urlEqualTo("/candidate.list"))
                .withRequestBody(
                        equalToJson("{\"limit\": 37, \"cursor\": \"cursor-7\", \"createdAfter\": 1704067200000}")));
        assertThat(page.moreDataAvailable()).isTrue();
        assertThat(page.nextCursor()).isEqualTo("next-1");
        assertThat(page.results()).singleElement().satisfies(candidate -> {
            assertThat(candidate.value().name()).isEqualTo("Ada Lovelace");
            assertThat(candidate.json().path("createdAt").asString()).isEqualTo("2024-02-04T21:38:12.442Z");
        });
    }

    @Test
    void aPageLongerThanAskedForIsABadGatewayNotAHugeAnswer() {
        ashby.stubFor(post("/candidate.list").willReturn(okJson(PAGE)));

        assertThat(failure(() -> client.page(
                                TENANT_A,
                                "candidate.list",
                                new CandidateListRequest(0, null, null, null),
                                AshbyCandidate.class))
                        .code())
                .isEqualTo(ProblemCode.UPSTREAM_ERROR);
    }

    @Test
    void theLastPageEndsTheListingEvenWhenAshbyAddsASyncToken() {
        ashby.stubFor(post("/candidate.list").willReturn(okJson("""
                {"success": true, "results": [], "moreDataAvailable": false, "syncToken": "s-1"}""")));

        AshbyPage<AshbyCandidate> page = client.page(
                        TENANT_A,
                        "candidate.list",
                        new CandidateListRequest(50, null, null, null),
                        AshbyCandidate.class)
                .block();

        assertThat(page.moreDataAvailable()).isFalse();
        assertThat(page.nextCursor()).isNull();
        ashby.verify(postRequestedFor(urlEqualTo("/candidate.list")).withRequestBody(equalToJson("{\"limit\": 50}")));
    }

    @Test
    void successFalseIsAnErrorEvenWithHttp200AndEachShapeIsUnderstood() {
        Map<String, ProblemCode> expectations = Map.of(
                "{\"success\": false, \"errors\": [\"candidate_not_found\"], "
                        + "\"errorInfo\": {\"code\": \"candidate_not_found\", \"message\": \"Candidate not found\"}}",
                ProblemCode.NOT_FOUND,
                "{\"success\": false, \"errors\": [\"invalid_input\"], "
                        + "\"errorInfo\": {\"code\": \"invalid_input\", \"message\": \"Request payload is malformed\"}}",
                ProblemCode.INVALID_REQUEST,
                "{\"success\": false, \"errors\": [\"invalid_input\"]}",
                ProblemCode.INVALID_REQUEST,
                "{\"success\": false, \"errors\": [{\"message\": \"limit must be at most 100\", \"parameter\": \"limit\"}]}",
                ProblemCode.INVALID_REQUEST,
                "{\"success\": false, \"errors\": [\"missing_endpoint_permission\"]}",
                ProblemCode.UPSTREAM_PERMISSION_DENIED,
                "{\"success\": false, \"errors\": [\"next_cursor_expired\"]}",
                ProblemCode.CURSOR_EXPIRED,
                "{\"success\": false, \"errors\": [\"sync_token_expired\"]}",
                ProblemCode.SYNC_TOKEN_EXPIRED,
                "{\"success\": false, \"errors\": [\"incremental_sync_too_large\"]}",
                ProblemCode.SYNC_TOKEN_EXPIRED,
                "{\"success\": false, \"errors\": [\"something_new\"]}",
                ProblemCode.UPSTREAM_ERROR);
        expectations.forEach((body, expected) -> {
            ashby.stubFor(post("/candidate.info").willReturn(okJson(body)));

            CrosswalkException failure =
                    failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

            assertThat(failure.code()).as(body).isEqualTo(expected);
            assertThat(failure.remote().status()).isEqualTo(200);
        });
        ashby.verify(expectations.size(), postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void ashbysValidationMessageReachesTheClientInRemote() {
        ashby.stubFor(post("/candidate.info").willReturn(okJson("""
                {"success": false, "errors": ["invalid_input"],
                 "errorInfo": {"code": "invalid_input", "message": "Request payload is malformed", "requestId": "r-1"}}""")));

        CrosswalkException failure =
                failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

        assertThat(failure.code().status().value()).isEqualTo(400);
        assertThat(failure.remote())
                .isEqualTo(new CrosswalkException.RemoteError(200, "invalid_input", "Request payload is malformed"));
    }

    @Test
    void aMissingPermissionIsForbiddenNotAnAuthFailure() {
        ashby.stubFor(post("/candidate.info")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\": false, \"errors\": [{\"message\": "
                                + "\"The API key is missing the candidates:read permission\", "
                                + "\"parameter\": \"apiKey\"}]}")));

        CrosswalkException failure =
                failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

        assertThat(failure.code()).isEqualTo(ProblemCode.UPSTREAM_PERMISSION_DENIED);
        pause();
        assertThat(events).isEmpty();
    }

    @Test
    void aStoredKeyRejectedByAshbyIsABadGatewayAndMarksTheTenantForReauth() {
        for (int status : new int[] {401, 403}) {
            events.clear();
            ashby.stubFor(post("/candidate.info").willReturn(aResponse().withStatus(status)));

            CrosswalkException failure =
                    failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

            assertThat(failure.code()).isEqualTo(ProblemCode.UPSTREAM_AUTH_FAILED);
            assertThat(failure.code().status().value()).isEqualTo(502);
            assertThat(failure.remote().status()).isEqualTo(status);
            awaitEvent();
            assertThat(events).containsExactly(new CredentialsRejectedEvent(TENANT_A.id()));
        }
    }

    @Test
    void rateLimitingCarriesAshbysRetryAfterAndIsNotRetriedWhenTheWaitIsLong() {
        ashby.stubFor(
                post("/candidate.info").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        CrosswalkException failure =
                failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

        assertThat(failure.code()).isEqualTo(ProblemCode.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failure.remote().status()).isEqualTo(429);
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void shortRateLimitsAreWaitedOutAndRetried() {
        ashby.stubFor(
                post("/candidate.info").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        assertThat(failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class))
                        .code())
                .isEqualTo(ProblemCode.RATE_LIMITED);
        ashby.verify(3, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void serverErrorsOnReadsAreRetriedThenReportedAsBadGateway() {
        ashby.stubFor(
                post("/candidate.info").willReturn(aResponse().withStatus(500).withBody("oops")));

        CrosswalkException failure =
                failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

        assertThat(failure.code()).isEqualTo(ProblemCode.UPSTREAM_ERROR);
        assertThat(failure.remote().status()).isEqualTo(500);
        ashby.verify(3, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void writesAreNeverRetried() {
        ashby.stubFor(post("/candidate.addTag").willReturn(aResponse().withStatus(503)));
        ashby.stubFor(post("/candidate.createNote").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failure(() -> client.write(
                                TENANT_A,
                                "candidate.addTag",
                                Map.of("candidateId", "c-1", "tagId", "t-1"),
                                AshbyCandidate.class))
                        .code())
                .isEqualTo(ProblemCode.UPSTREAM_ERROR);
        assertThat(failure(() -> client.write(
                                TENANT_A,
                                "candidate.createNote",
                                Map.of("candidateId", "c-1", "note", "hi"),
                                AshbyNote.class))
                        .code())
                .isEqualTo(ProblemCode.UPSTREAM_ERROR);
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.addTag")));
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.createNote")));
    }

    @Test
    void aConnectionResetIsABadGatewayAfterRetries() {
        ashby.stubFor(post("/candidate.info").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CrosswalkException failure =
                failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

        assertThat(failure.code()).isEqualTo(ProblemCode.UPSTREAM_ERROR);
        assertThat(failure.code().status().value()).isEqualTo(502);
        ashby.verify(3, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void aSlowAshbyIsAGatewayTimeout() {
        ashby.stubFor(post("/candidate.info").willReturn(okJson(PAGE).withFixedDelay(2000)));

        CrosswalkException failure =
                failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

        assertThat(failure.code()).isEqualTo(ProblemCode.UPSTREAM_TIMEOUT);
        assertThat(failure.code().status().value()).isEqualTo(504);
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void aMalformedAnswerIsABadGateway() {
        ashby.stubFor(
                post("/candidate.info").willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));

        assertThat(failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class))
                        .code())
                .isEqualTo(ProblemCode.UPSTREAM_ERROR);
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void theBreakerOpensForOneTenantWhileAnotherKeepsWorking() {
        ashby.stubFor(post("/candidate.list")
                .withHeader("Authorization", equalTo(AshbyTransport.basicAuthorization(Secret.of(KEY_A))))
                .willReturn(aResponse().withStatus(500)));
        ashby.stubFor(post("/candidate.list")
                .withHeader("Authorization", equalTo(AshbyTransport.basicAuthorization(Secret.of(KEY_B))))
                .willReturn(okJson(PAGE)));
        CandidateListRequest request = new CandidateListRequest(10, null, null, null);

        assertThat(failure(() -> client.page(TENANT_A, "candidate.list", request, AshbyCandidate.class))
                        .code())
                .isEqualTo(ProblemCode.UPSTREAM_ERROR);
        // four failed attempts (minimum-number-of-calls) open it, retries included
        assertThat(failure(() -> client.page(TENANT_A, "candidate.list", request, AshbyCandidate.class))
                        .code())
                .isEqualTo(ProblemCode.UPSTREAM_UNAVAILABLE);
        int callsBeforeOpen = ashby.countRequestsMatching(
                        postRequestedFor(urlEqualTo("/candidate.list")).build())
                .getCount();
        assertThat(callsBeforeOpen).isEqualTo(4);

        CrosswalkException open = failure(() -> client.page(TENANT_A, "candidate.list", request, AshbyCandidate.class));

        assertThat(open.code()).isEqualTo(ProblemCode.UPSTREAM_UNAVAILABLE);
        assertThat(open.code().status().value()).isEqualTo(503);
        assertThat(open.retryAfter()).isPositive();
        assertThat(ashby.countRequestsMatching(
                                postRequestedFor(urlEqualTo("/candidate.list")).build())
                        .getCount())
                .as("an open breaker does not call Ashby")
                .isEqualTo(callsBeforeOpen);
        assertThat(client.page(TENANT_B, "candidate.list", request, AshbyCandidate.class)
                        .block()
                        .results())
                .hasSize(1);
    }

    @Test
    void callsBeyondTheCapPerKeyWaitBrieflyThenAreRateLimited() {
        AshbyClient capped = client(1);
        ashby.stubFor(post("/candidate.info")
                .willReturn(okJson("{\"success\": true, \"results\": {\"id\": \"c-1\"}}")
                        .withFixedDelay(300)));

        List<Object> outcomes = Flux.range(0, 2)
                .flatMap(i -> capped.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class)
                        .<Object>map(found -> found.value().id())
                        .onErrorResume(CrosswalkException.class, failure -> Mono.just(failure.code())))
                .collectList()
                .block();

        assertThat(outcomes).containsExactlyInAnyOrder("c-1", ProblemCode.RATE_LIMITED);
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void noFailureEverMentionsTheKey() {
        ashby.stubFor(post("/candidate.info")
                .willReturn(okJson("{\"success\": false, \"errors\": [\"invalid_input\"], "
                        + "\"errorInfo\": {\"code\": \"invalid_input\", \"message\": \"bad key "
                        + KEY_A + "\"}}")));

        CrosswalkException failure =
                failure(() -> client.one(TENANT_A, "candidate.info", new IdRequest("c-1"), AshbyCandidate.class));

        assertThat(failure.getMessage()).doesNotContain(KEY_A);
        assertThat(failure.remote().message()).doesNotContain(KEY_A).contains("[redacted]");
        assertThat(failure.toString()).doesNotContain(KEY_A);
    }

    private static CrosswalkException failure(Supplier<Mono<?>> call) {
        CrosswalkException failure =
                catchThrowableOfType(CrosswalkException.class, () -> call.get().block());
        assertThat(failure).as("the call fails with a contract code").isNotNull();
        assertThat(failure.getMessage()).doesNotContain(KEY_A).doesNotContain(KEY_B);
        return failure;
    }

    private void awaitEvent() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (events.isEmpty() && System.nanoTime() < deadline) {
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
