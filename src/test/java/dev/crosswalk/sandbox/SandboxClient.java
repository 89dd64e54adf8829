package dev.crosswalk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls the running sandbox the way an Ashby client does: POST, JSON body, HTTP Basic with the key. */
final class SandboxClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    SandboxClient(int port) {
        this.base = "http://localhost:" + port + "/sandbox/ashby/";
    }

    /** One answer: status, headers and body as sent. */
    record Answer(int status, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        JsonNode results() {
            return json().path("results");
        }

        String errorCode() {
            return json().path("errorInfo").path("code").asString();
        }
    }

    Answer call(String key, String method, Object body) {
        return send(key, method, body, Duration.ofSeconds(30));
    }

    Answer send(String key, String method, Object body, Duration timeout) {
        String text = body instanceof String raw
                ? raw
                : JSON.writeValueAsString(body == null ? JSON.createObjectNode() : body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + method))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        if (key != null) {
            request.header("Authorization", basic(key));
        }
        return send(request.build());
    }

    Answer send(HttpRequest request) {
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

    URI uri(String method) {
        return URI.create(base + method);
    }

    static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode body(Object... pairs) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
        }
        return node;
    }
}
