package dev.crosswalk.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Options.ChunkedEncodingPolicy;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.FreePorts;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.IntegrationTest;
import dev.crosswalk.support.Tenants;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * How the gateway answers when Ashby misbehaves: one row per fault, each asserting the contract's
 * status and code, that the answer comes within the configured time budget, and (at the end) that
 * no thread or connection was left behind. Every row uses a fresh tenant, so one row's failures
 * cannot open the circuit breaker of the next.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "crosswalk.ashby.connect-timeout=500ms",
            "crosswalk.ashby.response-timeout=3s",
            "crosswalk.ashby.retry.max-attempts=2",
            "crosswalk.ashby.retry.initial-backoff=50ms",
            "crosswalk.ashby.retry.max-backoff=200ms"
        })
class FaultMatrixIntegrationTests {

    /** maxAttempts × responseTimeout + backoff, plus slack for a loaded 2-core machine. */
    static final Duration BUDGET = Duration.ofMillis(2 * 3000 + 200 + 3000);

    // A fixed port, to refuse connections on and serve again; inline bodies carry Content-Length (as
    // Ashby's do), the chunked path has its own row.
    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.create(
            wireMockConfig().port(FreePorts.pick()).useChunkedTransferEncoding(ChunkedEncodingPolicy.BODY_FILE));

    @DynamicPropertySource
    static void ashbyBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("crosswalk.ashby.base-url", ashby::baseUrl);
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        ashby.acceptAnyKey();
    }

    static Stream<Arguments> faults() {
        String big = "{\"success\":true,\"moreDataAvailable\":false,\"results\":[" + "{\"id\":\"x\"},".repeat(2_000_000)
                + "{\"id\":\"y\"}]}";
        return Stream.of(
                Arguments.of(
                        "reset mid-body", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 502, "upstream_error"),
                Arguments.of("empty reply", aResponse().withFault(Fault.EMPTY_RESPONSE), 502, "upstream_error"),
                Arguments.of(
                        "garbage then close",
                        aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                        502,
                        "upstream_error"),
                Arguments.of(
                        "truncated chunked body",
                        aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                        502,
                        "upstream_error"),
                Arguments.of(
                        "malformed JSON",
                        aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"success\": true, \"results\": [{\"id\": "),
                        502,
                        "upstream_error"),
                Arguments.of("30-second stall", okJson("{}").withFixedDelay(30_000), 504, "upstream_timeout"),
                Arguments.of("HTTP 500", aResponse().withStatus(500), 502, "upstream_error"),
                Arguments.of("HTTP 502", aResponse().withStatus(502), 502, "upstream_error"),
                Arguments.of("HTTP 503", aResponse().withStatus(503), 502, "upstream_error"),
                Arguments.of(
                        "429 with Retry-After",
                        aResponse()
                                .withStatus(429)
                                .withHeader("Retry-After", "30")
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"success\":false,\"errors\":[\"rate_limit_exceeded\"]}"),
                        429,
                        "rate_limited"),
                Arguments.of("429 without Retry-After", aResponse().withStatus(429), 429, "rate_limited"),
                Arguments.of(
                        "success:false with an unknown code",
                        okJson("{\"success\":false,\"errors\":[\"quantum_flux\"],"
                                + "\"errorInfo\":{\"code\":\"quantum_flux\",\"message\":\"?\"}}"),
                        502,
                        "upstream_error"),
                Arguments.of("20 MB answer to a list call", okJson(big), 502, "upstream_error"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachFaultGetsTheContractsAnswerWithinTheBudget(
            String fault, ResponseDefinitionBuilder response, int status, String code) {
        String key = "key-" + UUID.randomUUID();
        Tenants.Created tenant = Tenants.create(http, "Fault " + fault, key);
        ashby.stubFor(post("/candidate.list")
                .withHeader("Authorization", equalTo(AshbyStub.basic(key)))
                .willReturn(response));

        long started = System.nanoTime();
        Http.Response answer = http.get("/unified/ats/candidates?limit=10", tenant.token());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.status())
                .as(answer.body().substring(0, Math.min(300, answer.body().length())))
                .isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asString()).isEqualTo(code);
        assertThat(answer.body()).doesNotContain(key, "Exception", "at dev.crosswalk");
        assertThat(took).as("answered within the configured budget").isLessThan(BUDGET);
        if (status == 429) {
            assertThat(answer.header("Retry-After")).isNotBlank();
        }
    }

    @Test
    void connectionRefusedIsAnUpstreamErrorAndRecoveryIsImmediate() {
        String key = "key-" + UUID.randomUUID();
        Tenants.Created tenant = Tenants.create(http, "Refused", key);
        long started = System.nanoTime();
        Http.Response answer =
                ashby.whileRefusingConnections(() -> http.get("/unified/ats/candidates?limit=10", tenant.token()));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.json().path("code").asString()).isEqualTo("upstream_error");

        ashby.stubFor(post("/candidate.list")
                .willReturn(okJson("{\"success\":true,\"results\":[],\"moreDataAvailable\":false}")));
        assertThat(http.get("/unified/ats/candidates?limit=10", tenant.token()).status())
                .isEqualTo(200);
    }

    @Test
    void noThreadOrConnectionIsLeftBehindAfterTheFaults() throws Exception {
        int threadsBefore = Thread.activeCount();
        for (Arguments row : faults().toList()) {
            Object[] values = row.get();
            if (!"30-second stall".equals(values[0])) {
                eachFaultGetsTheContractsAnswerWithinTheBudget(
                        (String) values[0], (ResponseDefinitionBuilder) values[1], (Integer) values[2], (String)
                                values[3]);
            }
        }
        String key = "key-" + UUID.randomUUID();
        Tenants.Created healthy = Tenants.create(http, "Healthy", key);
        ashby.stubFor(post("/candidate.list")
                .willReturn(okJson("{\"success\":true,\"results\":[],\"moreDataAvailable\":false}")));
        for (int i = 0; i < 30; i++) {
            long started = System.nanoTime();
            assertThat(http.get("/unified/ats/candidates?limit=10", healthy.token())
                            .status())
                    .isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("no pool exhaustion")
                    .isLessThan(Duration.ofSeconds(2));
        }
        Thread.sleep(500);
        assertThat(Thread.activeCount()).as("threads after the faults").isLessThanOrEqualTo(threadsBefore + 12);
    }
}
