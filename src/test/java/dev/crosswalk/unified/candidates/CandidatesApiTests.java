package dev.crosswalk.unified.candidates;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.GatewayClient;
import dev.crosswalk.support.GatewaySliceTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /unified/ats/candidates} over HTTP against a WireMock Ashby, as a tenant's application sees it. */
@GatewaySliceTest
class CandidatesApiTests {

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.create();

    static final String KEY = "ashby-key-of-tenant-a";

    @DynamicPropertySource
    static void ashby(DynamicPropertyRegistry properties) {
        properties.add("crosswalk.ashby.base-url", ashby::baseUrl);
        properties.add("crosswalk.ashby.response-timeout", () -> "3s");
        properties.add("crosswalk.ashby.retry.initial-backoff", () -> "10ms");
    }

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();
    GatewayClient tenantA;
    GatewayClient tenantB;

    @BeforeEach
    void setUp() {
        tenantA = new GatewayClient(port, UUID.randomUUID(), KEY);
        tenantB = new GatewayClient(port, UUID.randomUUID(), "ashby-key-of-tenant-b");
        if (!warm) {
            // the first exchange of a fresh JVM is slow on a busy machine; keep it out of the timing-sensitive tests
            ashby.stubFor(post("/candidate.info")
                    .willReturn(okJson(
                            "{\"success\": true, \"results\": {\"id\": \"00000000-0000-0000-0000-000000000000\"}}")));
            tenantA.get("/unified/ats/candidates/00000000-0000-0000-0000-000000000000");
            ashby.resetAll();
            warm = true;
        }
    }

    static boolean warm;

    @Test
    void listsOnePageWithTheEnvelopeAndSendsAshbyExactlyTheRequestedPage() {
        ashby.stubFor(post("/candidate.list").willReturn(okJson(page(List.of("c-1", "c-2"), "ashby-next"))));

        HttpResponse<String> response =
                tenantA.get("/unified/ats/candidates?limit=2&created_after=2024-01-01T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = GatewayClient.json(response);
        assertThat(body.path("result_count").asInt()).isEqualTo(2);
        assertThat(body.path("result").get(0).path("id").asString()).isEqualTo("c-1");
        assertThat(body.path("result").get(0).path("first_name").asString()).isEqualTo("Name");
        assertThat(body.path("result").get(0).has("remote_data")).isFalse();
        assertThat(body.path("next_cursor").asString()).isNotBlank().doesNotContain("ashby-next");
        ashby.verify(postRequestedFor(urlEqualTo("/candidate.list"))
                .withHeader("Authorization", equalTo("Basic YXNoYnkta2V5LW9mLXRlbmFudC1hOg=="))
                .withHeader("Ashby-Version", equalTo("2026-01-01"))
                .withRequestBody(equalToJson("{\"limit\": 2, \"createdAfter\": 1704067200000}")));
    }

    @Test
    void traversesThreePagesFollowingAshbysCursorUntilMoreDataAvailableIsFalse() {
        String first = "{\"limit\": 2, \"createdAfter\": 1704067200000}";
        ashby.stubFor(post("/candidate.list")
                .withRequestBody(equalToJson(first))
                .willReturn(okJson(page(List.of("c-1", "c-2"), "p2"))));
        ashby.stubFor(post("/candidate.list")
                .withRequestBody(equalToJson("{\"limit\": 2, \"createdAfter\": 1704067200000, \"cursor\": \"p2\"}"))
                .willReturn(okJson(page(List.of("c-3"), "p3"))));
        ashby.stubFor(post("/candidate.list")
                .withRequestBody(equalToJson("{\"limit\": 2, \"createdAfter\": 1704067200000, \"cursor\": \"p3\"}"))
                .willReturn(okJson(page(List.of("c-4"), null))));

        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode body = ok(tenantA.get("/unified/ats/candidates?limit=2&created_after=2024-01-01T01:00:00%2B01:00"
                    + (cursor == null ? "" : "&next_cursor=" + cursor)));
            body.path("result")
                    .forEach(candidate -> ids.add(candidate.path("id").asString()));
            cursor = body.path("next_cursor").isNull()
                    ? null
                    : body.path("next_cursor").asString();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages)
                .as("a short page in the middle does not end the listing")
                .isEqualTo(3);
        assertThat(ids).containsExactly("c-1", "c-2", "c-3", "c-4");
        ashby.verify(3, postRequestedFor(urlEqualTo("/candidate.list")));
    }

    @Test
    void listingAThousandCandidatesThirtySevenAtATimeReturnsEachExactlyOnce() {
        List<String> all = IntStream.range(0, 1000)
                .mapToObj(i -> UUID.nameUUIDFromBytes(("c" + i).getBytes()).toString())
                .toList();
        for (int start = 0, pageNo = 0; start < all.size(); start += 37, pageNo++) {
            List<String> ids = all.subList(start, Math.min(all.size(), start + 37));
            String request = pageNo == 0 ? "{\"limit\": 37}" : "{\"limit\": 37, \"cursor\": \"page-" + pageNo + "\"}";
            String next = start + 37 < all.size() ? "page-" + (pageNo + 1) : null;
            ashby.stubFor(post("/candidate.list")
                    .withRequestBody(equalToJson(request))
                    .willReturn(okJson(page(ids, next))));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode body = ok(
                    tenantA.get("/unified/ats/candidates?limit=37" + (cursor == null ? "" : "&next_cursor=" + cursor)));
            assertThat(body.path("result_count").asInt())
                    .isEqualTo(body.path("result").size())
                    .isLessThanOrEqualTo(37);
            body.path("result")
                    .forEach(candidate -> seen.add(candidate.path("id").asString()));
            cursor = body.path("next_cursor").isNull()
                    ? null
                    : body.path("next_cursor").asString();
            pages++;
        } while (cursor != null && pages < 100);

        assertThat(pages).isEqualTo(28);
        assertThat(seen).hasSize(1000).containsExactlyElementsOf(all);
        assertThat(new HashSet<>(seen)).hasSize(1000);
    }

    @Test
    void aCursorIsBoundToItsTenantAndFilters() {
        ashby.stubFor(post("/candidate.list").willReturn(okJson(page(List.of("c-1"), "p2"))));
        String cursor = ok(tenantA.get("/unified/ats/candidates?limit=1&created_after=2024-01-01T00:00:00Z"))
                .path("next_cursor")
                .asString();
        ashby.resetRequests();

        assertProblem(
                tenantB.get("/unified/ats/candidates?limit=1&created_after=2024-01-01T00:00:00Z&next_cursor=" + cursor),
                400,
                "invalid_cursor");
        assertProblem(
                tenantA.get("/unified/ats/candidates?limit=1&created_after=2025-01-01T00:00:00Z&next_cursor=" + cursor),
                400,
                "invalid_cursor");
        assertProblem(tenantA.get("/unified/ats/candidates?limit=1&next_cursor=" + cursor), 400, "invalid_cursor");
        String tampered = (cursor.charAt(5) == 'A' ? "B" : "A");
        assertProblem(
                tenantA.get("/unified/ats/candidates?limit=1&created_after=2024-01-01T00:00:00Z&next_cursor="
                        + cursor.substring(0, 5) + tampered + cursor.substring(6)),
                400,
                "invalid_cursor");
        ashby.verify(0, postRequestedFor(urlEqualTo("/candidate.list")));

        assertThat(ok(tenantA.get("/unified/ats/candidates?limit=5&created_after=2024-01-01T00:00:00.000Z&next_cursor="
                                + cursor))
                        .path("result_count")
                        .asInt())
                .as("the same filters spelt differently and another limit are fine")
                .isEqualTo(1);
    }

    @Test
    void anExpiredAshbyCursorAsksTheClientToRestart() {
        ashby.stubFor(post("/candidate.list").willReturn(okJson(page(List.of("c-1"), "p2"))));
        String cursor = ok(tenantA.get("/unified/ats/candidates?limit=1"))
                .path("next_cursor")
                .asString();
        ashby.stubFor(post("/candidate.list").willReturn(okJson("""
                                        {"success": false, "errors": ["next_cursor_expired"],
                                         "errorInfo": {"code": "next_cursor_expired", "message": "Cursor expired"}}""")));

        JsonNode problem = assertProblem(
                tenantA.get("/unified/ats/candidates?limit=1&next_cursor=" + cursor), 409, "cursor_expired");

        assertThat(problem.path("remote").path("code").asString()).isEqualTo("next_cursor_expired");
    }

    @Test
    void badParametersAreRejectedNamingTheParameterWithoutCallingAshby() {
        assertThat(assertProblem(tenantA.get("/unified/ats/candidates?colour=red"), 400, "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'colour'");
        assertThat(assertProblem(tenantA.get("/unified/ats/candidates?limit=0"), 400, "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'limit'");
        assertThat(assertProblem(tenantA.get("/unified/ats/candidates?limit=101"), 400, "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'limit'");
        assertThat(assertProblem(tenantA.get("/unified/ats/candidates?limit=ten"), 400, "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'limit'");
        assertThat(assertProblem(tenantA.get("/unified/ats/candidates?limit=5&limit=6"), 400, "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'limit'");
        assertThat(assertProblem(tenantA.get("/unified/ats/candidates?created_after=yesterday"), 400, "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'created_after'");
        assertThat(assertProblem(
                                tenantA.get("/unified/ats/candidates?include_remote_data=maybe"),
                                400,
                                "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'include_remote_data'");
        assertThat(assertProblem(tenantA.get("/unified/ats/candidates?email="), 400, "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'email'");
        assertThat(assertProblem(
                                tenantA.get(
                                        "/unified/ats/candidates?email=a@example.com&created_after=2024-01-01T00:00:00Z"),
                                400,
                                "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'created_after'");
        assertThat(assertProblem(
                                tenantA.get("/unified/ats/candidates/00000000-0000-0000-0000-000000000001?limit=3"),
                                400,
                                "invalid_request")
                        .path("detail")
                        .asString())
                .contains("'limit'");
        assertProblem(tenantA.get("/unified/ats/candidates?next_cursor=" + "x".repeat(20)), 400, "invalid_cursor");
        ashby.verify(0, postRequestedFor(urlEqualTo("/candidate.list")));
    }

    @Test
    void getReturnsTheMappedCandidateWithRemoteDataAsReceivedWhenAsked() throws IOException {
        String recorded;
        try (InputStream in = getClass().getResourceAsStream("/ashby/candidate.info.recorded.json")) {
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ashby.stubFor(post("/candidate.info")
                .withRequestBody(equalToJson("{\"id\": \"00000000-0000-0000-0000-000000000001\"}"))
                .willReturn(okJson(recorded)));

        JsonNode plain = ok(tenantA.get("/unified/ats/candidates/00000000-0000-0000-0000-000000000001"))
                .path("result");
        JsonNode withRemote = ok(tenantA.get(
                        "/unified/ats/candidates/00000000-0000-0000-0000-000000000001?include_remote_data=true"))
                .path("result");

        assertThat(plain.path("id").asString()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(plain.path("created_at").asString()).isEqualTo("2024-02-04T21:38:12.442Z");
        assertThat(plain.path("emails").get(0).path("is_primary").asBoolean()).isTrue();
        assertThat(plain.path("attachments").get(0).path("file_name").asString())
                .isEqualTo("Test User 2");
        assertThat(plain.has("remote_data")).isFalse();
        assertThat(withRemote.path("remote_data"))
                .isEqualTo(json.readTree(recorded).path("results"));
    }

    @Test
    void anUnknownIdIsNotFound() {
        ashby.stubFor(post("/candidate.info").willReturn(okJson("""
                                        {"success": false, "errors": ["candidate_not_found"],
                                         "errorInfo": {"code": "candidate_not_found", "message": "Candidate not found"}}""")));

        JsonNode problem = assertProblem(
                tenantA.get("/unified/ats/candidates/00000000-0000-0000-0000-00000000dead"), 404, "not_found");
        assertProblem(tenantA.get("/unified/ats/candidates/not-an-ashby-id"), 404, "not_found");

        assertThat(problem.path("remote").path("code").asString()).isEqualTo("candidate_not_found");
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void emailAndNameSearchWithOnePageOfAshbyResultsSlicedByLimit() {
        ashby.stubFor(post("/candidate.search").willReturn(okJson("""
                {"success": true, "results": [{"id": "c-1", "name": "Ada L"}, {"id": "c-2", "name": "Ada L"},
                                              {"id": "c-3", "name": "Ada L"}]}""")));
        String query = "/unified/ats/candidates?limit=2&name=" + URLEncoder.encode("Ada L", StandardCharsets.UTF_8)
                + "&email=ada@example.com";

        JsonNode first = ok(tenantA.get(query));
        JsonNode second = ok(
                tenantA.get(query + "&next_cursor=" + first.path("next_cursor").asString()));

        assertThat(first.path("result_count").asInt()).isEqualTo(2);
        assertThat(second.path("result").get(0).path("id").asString()).isEqualTo("c-3");
        assertThat(second.path("next_cursor").isNull()).isTrue();
        ashby.verify(
                2,
                postRequestedFor(urlEqualTo("/candidate.search"))
                        .withRequestBody(equalToJson("{\"email\": \"ada@example.com\", \"name\": \"Ada L\"}")));
    }

    @Test
    void upstreamFailuresBecomeTheContractsProblems() {
        ashby.stubFor(
                post("/candidate.list").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
        HttpResponse<String> limited = tenantA.get("/unified/ats/candidates");
        assertProblem(limited, 429, "rate_limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");

        ashby.stubFor(post("/candidate.list").willReturn(aResponse().withStatus(401)));
        JsonNode rejected = assertProblem(tenantA.get("/unified/ats/candidates"), 502, "upstream_auth_failed");
        assertThat(rejected.path("remote").path("status").asInt()).isEqualTo(401);

        ashby.stubFor(post("/candidate.list")
                .willReturn(okJson("{\"success\": false, \"errors\": [\"missing_endpoint_permission\"]}")));
        assertProblem(tenantA.get("/unified/ats/candidates"), 403, "upstream_permission_denied");

        ashby.stubFor(post("/candidate.list").willReturn(aResponse().withStatus(502)));
        assertProblem(tenantB.get("/unified/ats/candidates"), 502, "upstream_error");

        ashby.stubFor(post("/candidate.list").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertProblem(tenantB.get("/unified/ats/candidates"), 502, "upstream_error");

        ashby.stubFor(
                post("/candidate.list").willReturn(okJson(page(List.of(), null)).withFixedDelay(4000)));
        assertProblem(tenantB.get("/unified/ats/candidates"), 504, "upstream_timeout");
    }

    @Test
    void noResponseOrProblemEverContainsTheKey() {
        ashby.stubFor(post("/candidate.list")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody("{\"success\": false, \"errors\": [\"bad key " + KEY + "\"]}")));

        HttpResponse<String> response = tenantA.get("/unified/ats/candidates");

        assertThat(response.body()).doesNotContain(KEY);
        assertThat(response.headers().map().toString()).doesNotContain(KEY);
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return GatewayClient.json(response);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("request_id").asString()).isNotBlank();
        return problem;
    }

    private static String page(List<String> ids, String nextCursor) {
        StringBuilder results = new StringBuilder();
        for (String id : ids) {
            results.append(results.isEmpty() ? "" : ",")
                    .append("{\"id\": \"")
                    .append(id)
                    .append("\", \"name\": \"Name ")
                    .append(id)
                    .append("\", \"createdAt\": \"2024-02-04T21:38:12.442Z\"}");
        }
        return "{\"success\": true, \"results\": [" + results + "], \"moreDataAvailable\": " + (nextCursor != null)
                + (nextCursor != null ? ", \"nextCursor\": \"" + nextCursor + "\"" : "") + "}";
    }
}
