package dev.crosswalk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.Http;
import dev.crosswalk.support.SandboxGatewayTest;
import dev.crosswalk.support.Tenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated campaign of malformed requests against every route the OpenAPI document lists (so new
 * routes are covered without touching this test), with the built-in sandbox as Ashby. Whatever is
 * thrown at the gateway — unknown and repeated parameters, huge and negative limits, broken cursors,
 * invalid JSON, wrong content types, oversized bodies, path tricks — the answer is never a 5xx and
 * every 4xx is problem+json with a code. The seed is printed and can be replayed with
 * {@code -Dcampaign.seed=...}.
 */
@SandboxGatewayTest
@TestPropertySource(properties = "crosswalk.rate-limit.enabled=false")
class BadInputCampaignIntegrationTests {

    static final int REQUESTS = Integer.getInteger("campaign.requests", 2500);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> PROXY_TRICKS = List.of(
            "..%2F..%2Fadmin%2Ftenants",
            "%2e%2e",
            "candidate.list%2F..%2F..%2Fx",
            "http:%2F%2Fevil.example",
            "candidate",
            "candidate.list.extra",
            "a.b",
            ".",
            "candidate.list%00",
            "%C3%A9.list",
            "candidate.list;jsessionid=1",
            "x".repeat(300) + ".list",
            "candidate.list%20",
            "CANDIDATE.LIST",
            "user.list");
    static final List<String> IDS = List.of(
            "00000000-0000-0000-0000-000000000000",
            "not-an-id",
            "%2e%2e",
            "x".repeat(3000),
            "%F0%9F%92%A9",
            "1",
            "-1",
            "a%2Fb",
            "%00",
            "%27%20OR%201%3D1%20--");
    static final List<String> VALUES = List.of(
            "",
            "-1",
            "0",
            "101",
            "99999999999999999999",
            "abc",
            "true",
            "null",
            "2024-13-45T99:00:00Z",
            "x".repeat(5000),
            "%00",
            "%F0%9F%92%A9",
            "1e9",
            "NaN",
            "[]",
            "{}");
    static final List<String> BODIES = List.of(
            "{",
            "[]",
            "null",
            "\"text\"",
            "{\"name\": 5}",
            "{\"name\": null}",
            "{\"unknown_field\": true}",
            "{\"emails\": \"not-a-list\"}",
            "{\"candidate\": {\"id\": []}}",
            "\u0000\u0001",
            "{\"a\":".repeat(500) + "1" + "}".repeat(500),
            "{\"limit\": 100000}",
            "");
    static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "text/plain",
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/json; charset=latin1",
            "application/x-www-form-urlencoded");

    @LocalServerPort
    int port;

    /** One route of the document: HTTP method, path template, whether it takes a body, its query parameters. */
    record Route(String method, String path, boolean body, List<String> parameters) {}

    @Test
    void noMalformedRequestGetsA5xxAndEvery4xxIsProblemJson() throws Exception {
        long seed = Long.getLong("campaign.seed", System.nanoTime());
        System.out.println("Bad-input campaign seed: " + seed + " (replay with -Dcampaign.seed=" + seed + ")");
        Random random = new Random(seed);
        Http http = new Http(port);
        String tenantToken =
                Tenants.create(http, "Campaign", SandboxGatewayTest.KEY).token();
        List<Route> routes = routes(http);
        assertThat(routes)
                .extracting(Route::path)
                .contains("/admin/tenants", "/unified/ats/candidates", "/proxy/ashby/{method}");

        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            Route route = routes.get(random.nextInt(routes.size()));
            String path = path(route, random) + query(route, random);
            String token = switch (random.nextInt(10)) {
                case 0 -> null;
                case 1 -> "cwk_" + Base64.getUrlEncoder().encodeToString(new byte[12]);
                default -> route.path().startsWith("/admin") ? Tenants.ADMIN_TOKEN : tenantToken;
            };
            String body = route.body() || random.nextInt(5) == 0 ? body(random) : null;
            String contentType =
                    body == null ? null : random.nextInt(3) == 0 ? pick(CONTENT_TYPES, random) : "application/json";
            String method = random.nextInt(15) == 0
                    ? pick(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"), random)
                    : route.method();
            if ("DELETE".equals(method) && path.startsWith("/admin")) {
                continue; // deleting the campaign's own tenant would only make the rest of the run less useful
            }
            Http.Response response = http.send(method, path, token, body, contentType);
            String verdict = verdict(response, path.startsWith("/proxy/"));
            if (verdict != null) {
                failures.add(method + " " + abbreviate(path) + " [" + contentType + ", body " + abbreviate(body)
                        + "] -> " + response.status() + " " + verdict + ": " + abbreviate(response.body()));
            }
        }
        assertThat(failures).as("seed " + seed).isEmpty();
    }

    /** Null when the answer is acceptable; the passthrough returns Ashby's own error bodies unchanged, by contract. */
    private static String verdict(Http.Response response, boolean passthrough) {
        int status = response.status();
        if (status >= 500) {
            return "server error";
        }
        if (passthrough && status >= 400 && response.body().startsWith("{\"success\":false")) {
            return null;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return "not problem+json (" + type + ")";
            }
            JsonNode problem = JSON.readTree(response.body());
            if (!problem.path("code").isString()
                    || !problem.path("request_id").isString()
                    || problem.path("status").asInt() != status) {
                return "incomplete problem";
            }
        }
        return null;
    }

    private List<Route> routes(Http http) {
        JsonNode document = http.get("/v3/api-docs", null).json();
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                List<String> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("query".equals(parameter.path("in").asString())) {
                        parameters.add(parameter.path("name").asString());
                    }
                }
                routes.add(new Route(
                        operation.getKey().toUpperCase(java.util.Locale.ROOT),
                        path.getKey(),
                        operation.getValue().has("requestBody"),
                        parameters));
            }
        }
        return routes;
    }

    private static String path(Route route, Random random) {
        String path = route.path();
        if (path.contains("{method}")) {
            path = path.replace("{method}", random.nextBoolean() ? pick(PROXY_TRICKS, random) : "candidate.list");
        }
        while (path.contains("{")) {
            int start = path.indexOf('{');
            path = path.substring(0, start) + pick(IDS, random) + path.substring(path.indexOf('}', start) + 1);
        }
        return random.nextInt(20) == 0 ? path + pick(List.of("/", "//x", "/..", "/%2e%2e/admin"), random) : path;
    }

    private static String query(Route route, Random random) {
        List<String> names = new ArrayList<>(route.parameters());
        names.addAll(List.of("limit", "next_cursor", "include_remote_data", "colour", "limit[]", "%00"));
        int count = random.nextInt(4);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String name = pick(names, random);
            String value = "next_cursor".equals(name) && random.nextBoolean()
                    ? Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(randomBytes(random, 1 + random.nextInt(120)))
                    : pick(VALUES, random);
            query.append(query.isEmpty() ? "?" : "&")
                    .append(name.contains("%") ? name : encode(name))
                    .append('=')
                    .append(value.contains("%") ? value : encode(value));
        }
        return query.toString();
    }

    private static String body(Random random) {
        if (random.nextInt(40) == 0) {
            return "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        }
        return pick(BODIES, random);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null ? "none" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
