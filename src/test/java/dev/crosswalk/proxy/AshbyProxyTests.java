package dev.crosswalk.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.GatewayClient;
import dev.crosswalk.support.GatewaySlice;
import dev.crosswalk.support.GatewaySliceTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** {@code POST /proxy/ashby/{method}} against a WireMock Ashby: what passes, byte for byte, and what never does. */
@GatewaySliceTest
class AshbyProxyTests {

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.create();

    static final String KEY = "proxy-tenant-ashby-key";

    @DynamicPropertySource
    static void ashby(DynamicPropertyRegistry properties) {
        properties.add("crosswalk.ashby.base-url", ashby::baseUrl);
        properties.add("crosswalk.ashby.response-timeout", () -> "3s");
    }

    @LocalServerPort
    int port;

    GatewayClient tenant;

    @BeforeEach
    void setUp() {
        tenant = new GatewayClient(port, UUID.randomUUID(), KEY);
        if (!warm) {
            // the first exchange of a fresh JVM is slow on a busy machine; keep it out of the timing-sensitive tests
            ashby.stubFor(
                    post("/apiKey.info").willReturn(aResponse().withStatus(200).withBody("{}")));
            tenant.send(
                    tenant.request("/proxy/ashby/apiKey.info")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            ashby.resetAll();
            warm = true;
        }
    }

    static boolean warm;

    @Test
    void bodiesPassByteForByteBothWaysIncludingAshbysSuccessFalse() {
        byte[] sent = "{ \"limit\" : 2,\n\t\"name\": \"Zoë ☃\" , \"x\": 1.50 }\n".getBytes(StandardCharsets.UTF_8);
        byte[] answered = ("{\"success\":false,  \"errors\":[\"invalid_input\"],"
                        + "\"errorInfo\":{\"code\":\"invalid_input\",\"message\":\"Ünïcode\"}}\n")
                .getBytes(StandardCharsets.UTF_8);
        ashby.stubFor(post("/candidate.list")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withHeader("Ashby-Version-Status", "active")
                        .withHeader("Set-Cookie", "ashby_session=secret")
                        .withBody(answered)));

        HttpResponse<byte[]> response = tenant.send(
                tenant.request("/proxy/ashby/candidate.list")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(sent))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(answered);
        // Tomcat re-spells media-type parameters ("; charset" → ";charset"); the media type itself is Ashby's
        assertThat(MediaType.parseMediaType(
                        response.headers().firstValue("Content-Type").orElseThrow()))
                .isEqualTo(MediaType.parseMediaType("application/json; charset=utf-8"));
        assertThat(response.headers().firstValue("Ashby-Version-Status")).hasValue("active");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/candidate.list"))
                        .withRequestBody(binaryEqualTo(sent))
                        .withHeader("Content-Length", equalTo(Integer.toString(sent.length)))
                        .withHeader(
                                "Authorization",
                                equalTo("Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8))))
                        .withHeader("Ashby-Version", equalTo("2026-01-01")));
    }

    @Test
    void ashbysErrorStatusesComeBackUnchangedAndAreNeverRetried() {
        ashby.stubFor(post("/candidate.create")
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "text/plain")
                        .withBody("upstream broke")));
        ashby.stubFor(post("/candidate.info")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "12")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"errors\":[\"rate_limit_exceeded\"]}")));

        HttpResponse<String> failed = tenant.send(
                tenant.request("/proxy/ashby/candidate.create")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> limited = tenant.send(
                tenant.request("/proxy/ashby/candidate.info")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("upstream broke");
        assertThat(failed.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("12");
        assertThat(limited.body()).isEqualTo("{\"success\":false,\"errors\":[\"rate_limit_exceeded\"]}");
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.create")));
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.info")));
    }

    @Test
    void clientCredentialsCookiesAndHopByHopHeadersNeverReachAshby() throws IOException {
        ashby.stubFor(post("/candidate.search")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":true,\"results\":[]}")));
        String body = "{\"email\":\"a@example.com\"}";

        String response = raw("POST /proxy/ashby/candidate.search HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + GatewaySlice.TENANT_HEADER + ": " + tenant.tenantId() + "\r\n"
                + GatewaySlice.KEY_HEADER + ": " + KEY + "\r\n"
                + "Authorization: Bearer cwk_the-tenants-own-gateway-token\r\n"
                + "Cookie: gateway_session=abc\r\n"
                + "Proxy-Authorization: Basic c2VjcmV0\r\n"
                + "Connection: close, X-Hop-Secret\r\n"
                + "X-Hop-Secret: only-for-the-next-hop\r\n"
                + "Keep-Alive: timeout=5\r\n"
                + "TE: trailers\r\n"
                + "Upgrade: websocket\r\n"
                + "Accept-Encoding: gzip\r\n"
                + "X-Forwarded-For: 10.0.0.1\r\n"
                + "X-Client-Trace: trace-42\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(response).startsWith("HTTP/1.1 200");
        LoggedRequest received =
                ashby.findAll(postRequestedFor(urlEqualTo("/candidate.search"))).get(0);
        assertThat(received.getHeader("Authorization")).startsWith("Basic ").doesNotContain("cwk_");
        assertThat(received.getBodyAsString()).isEqualTo(body);
        assertThat(received.getHeader("X-Client-Trace")).isEqualTo("trace-42");
        for (String never : new String[] {
            "Cookie",
            "Proxy-Authorization",
            "X-Hop-Secret",
            "Keep-Alive",
            "TE",
            "Upgrade",
            "X-Forwarded-For",
            "Accept-Encoding"
        }) {
            assertThat(received.containsHeader(never)).as(never).isFalse();
        }
        assertThat(received.getHeader("Connection"))
                .as("the gateway's own connection handling only")
                .satisfiesAnyOf(
                        value -> assertThat(value).isNull(),
                        value -> assertThat(value).doesNotContainIgnoringCase("X-Hop-Secret"));
        ashby.verify(postRequestedFor(urlEqualTo("/candidate.search")).withHeader("Cookie", absent()));
    }

    @Test
    void onlyPlainMethodNamesAreForwarded() {
        for (String method : new String[] {
            "candidate",
            "candidate.list.more",
            "candidate..list",
            "candidate.list1",
            "evil.com:443",
            "candidate.list%3Fx=1",
            "candidate.list%2F..%2F..%2Fadmin"
        }) {
            HttpResponse<String> response = tenant.send(
                    tenant.request("/proxy/ashby/" + method)
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(method + " " + response.body()).isBetween(400, 404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(method)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        ashby.verify(0, postRequestedFor(urlMatching(".*")));
    }

    @Test
    void aMethodNameThatIsNotPlainIsABadRequestNamingIt() {
        HttpResponse<String> response = tenant.send(
                tenant.request("/proxy/ashby/candidate")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode problem = GatewayClient.json(response);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem.path("code").asString()).isEqualTo("invalid_request");
        assertThat(problem.path("detail").asString()).contains("method");
    }

    @Test
    void failuresBeforeAshbyAnswersAreProblems() {
        ashby.stubFor(post("/candidate.list").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ashby.stubFor(post("/job.list")
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(4000)));

        HttpResponse<String> reset = tenant.send(
                tenant.request("/proxy/ashby/candidate.list")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> slow = tenant.send(
                tenant.request("/proxy/ashby/job.list")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reset.statusCode()).isEqualTo(502);
        assertThat(GatewayClient.json(reset).path("code").asString()).isEqualTo("upstream_error");
        assertThat(slow.statusCode()).isEqualTo(504);
        assertThat(GatewayClient.json(slow).path("code").asString()).isEqualTo("upstream_timeout");
        ashby.verify(1, postRequestedFor(urlEqualTo("/candidate.list")));
        ashby.verify(1, postRequestedFor(urlEqualTo("/job.list")));
    }

    /** One request written by hand, for headers java.net.http refuses to send (Connection, Upgrade). */
    @Test
    void aBodyEndingBeforeItsContentLengthNeverReachesAshby() throws IOException {
        ashby.stubFor(
                post("/candidate.create").willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));

        String response = raw(
                "POST /proxy/ashby/candidate.create HTTP/1.1\r\n"
                        + "Host: localhost\r\n"
                        + GatewaySlice.TENANT_HEADER + ": " + tenant.tenantId() + "\r\n"
                        + GatewaySlice.KEY_HEADER + ": " + KEY + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n{\"name\":",
                true);

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json");
        ashby.verify(0, postRequestedFor(urlMatching(".*")));
    }

    private String raw(String request) throws IOException {
        return raw(request, false);
    }

    /** One request on its own connection; {@code endBody} closes the sending side once it is written. */
    private String raw(String request, boolean endBody) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (endBody) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
