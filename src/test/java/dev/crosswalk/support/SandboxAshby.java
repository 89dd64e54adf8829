package dev.crosswalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in Ashby sandbox for integration tests: the port to serve the gateway (and so the
 * sandbox) on, known before the context starts so {@code crosswalk.ashby.base-url} can point at it,
 * and direct calls to the sandbox to learn what it holds — the truth unified listings are compared
 * with. In a test class: {@code @DynamicPropertySource static void sandbox(DynamicPropertyRegistry r) { SandboxAshby.register(r); }}.
 */
public final class SandboxAshby {

    /** A free port picked once per JVM, so classes sharing it can share one application context. */
    public static final int PORT = freePort();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SandboxAshby() {}

    /** Serves the gateway on {@link #PORT}, enables the sandbox and points the Ashby client at it. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("crosswalk.sandbox.enabled", () -> "true");
        registry.add("crosswalk.ashby.base-url", () -> "http://localhost:" + PORT + "/sandbox/ashby");
    }

    /** One call to the sandbox as Ashby's API; the envelope as answered. */
    public static JsonNode call(String apiKey, String method, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + PORT + "/sandbox/ashby/" + method))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            JsonNode envelope = JSON.readTree(
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            if (!envelope.path("success").asBoolean(false)) {
                throw new IllegalStateException("The sandbox refused " + method + ": " + envelope);
            }
            return envelope;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every record of a paged method, following {@code nextCursor} to the end. */
    public static List<JsonNode> all(String apiKey, String method, String bodyJson) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            ObjectNode body = (ObjectNode) JSON.readTree(bodyJson);
            body.put("limit", 100);
            if (cursor != null) {
                body.put("cursor", cursor);
            }
            JsonNode page = call(apiKey, method, body);
            page.path("results").forEach(all::add);
            cursor = page.path("moreDataAvailable").asBoolean(false)
                    ? page.path("nextCursor").asString()
                    : null;
        } while (cursor != null);
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
