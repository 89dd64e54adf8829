package dev.crosswalk.support;

import dev.crosswalk.sandbox.SandboxControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in Ashby sandbox of a running application ({@code /sandbox/ashby}), called directly the
 * way an Ashby client calls Ashby: POST, a JSON body, HTTP Basic with the key. Tests of the sandbox
 * look at any answer ({@link #call}); tests of the gateway ask it what an organisation really holds
 * ({@link Answer#succeeded()}, {@link #all}), the truth unified listings are compared with.
 */
public final class Sandbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** The sandbox of the application serving on {@code port}. */
    public Sandbox(int port) {
        this.base = "http://localhost:" + port + "/sandbox/ashby/";
    }

    /** One answer: status, headers and body as sent. */
    public record Answer(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public JsonNode results() {
            return json().path("results");
        }

        public String errorCode() {
            return json().path("errorInfo").path("code").asString();
        }

        /** The envelope of a successful answer; fails the test on any other. */
        public JsonNode succeeded() {
            JsonNode envelope = json();
            if (status != 200 || !envelope.path("success").asBoolean()) {
                throw new AssertionError(raw.uri() + " failed on the sandbox: " + raw.body());
            }
            return envelope;
        }
    }

    /**
     * {@code method} called with {@code key} (none when null) and {@code body}: a JSON text as is, or
     * any value as JSON ({@code {}} when null).
     */
    public Answer call(String key, String method, Object body) {
        return send(key, method, body, Duration.ofSeconds(30));
    }

    /** As {@link #call}, giving up after {@code timeout}. */
    public Answer send(String key, String method, Object body, Duration timeout) {
        String text = body instanceof String raw
                ? raw
                : JSON.writeValueAsString(body == null ? JSON.createObjectNode() : body);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(method))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        if (key != null) {
            request.header("Authorization", AshbyStub.basic(key));
        }
        return send(request.build());
    }

    /** A request built by the test, for what {@link #call} never sends (another method, other headers). */
    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String method) {
        return URI.create(base + method);
    }

    /** Every record of a paged list method with these filters, following {@code nextCursor} to the end. */
    public List<JsonNode> all(String key, String method, Map<String, ?> filters) {
        List<JsonNode> all = new ArrayList<>();
        ObjectNode body = JSON.valueToTree(filters);
        while (true) {
            JsonNode page = call(key, method, body).succeeded();
            page.path("results").forEach(all::add);
            if (!page.path("moreDataAvailable").asBoolean()) {
                return all;
            }
            body.put("cursor", page.path("nextCursor").asString());
        }
    }

    /**
     * The answer of {@code call} made while the sandbox answers {@link SandboxGatewayTest#SLOW_KEY}
     * later (8 s) than the gateway waits (5 s), so that a call through that key times out; the latency
     * is off again afterwards.
     */
    public static <T> T timingOut(SandboxControl sandbox, Supplier<T> call) {
        String key = SandboxGatewayTest.SLOW_KEY;
        sandbox.setKnobs(key, sandbox.knobs(key).withLatency(Duration.ofSeconds(8)));
        try {
            return call.get();
        } finally {
            sandbox.setKnobs(key, sandbox.knobs(key).withLatency(Duration.ZERO));
        }
    }

    /** A request body from name, value pairs. */
    public static ObjectNode body(Object... pairs) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
        }
        return node;
    }
}
