package dev.crosswalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

/**
 * A gateway whose Ashby is its own built-in sandbox. The Ashby base URL is bound at start-up, before
 * a random port is known, so the port is chosen up front: call {@link #register} from a
 * {@code @DynamicPropertySource} method of an {@link IntegrationTest} class. {@link #ashby} calls the
 * sandbox directly, as Ashby, to learn what the organisation really holds.
 */
public final class SandboxGateway {

    private final int port = freePort();

    /** Serves the gateway on the chosen port and points it at {@code /sandbox/ashby} there, with the sandbox on. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> port);
        registry.add("crosswalk.sandbox.enabled", () -> "true");
        registry.add("crosswalk.ashby.base-url", () -> "http://localhost:" + port + "/sandbox/ashby");
    }

    public int port() {
        return port;
    }

    /** An Ashby method called on the sandbox with {@code key}; fails the test unless Ashby says success. */
    public JsonNode ashby(Http http, String key, String method, Object body) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        Http.Response response = http.send(
                "POST", "/sandbox/ashby/" + method, null, Http.json(body), "application/json", "Authorization", basic);
        JsonNode answer = response.json();
        if (response.status() != 200 || !answer.path("success").asBoolean()) {
            throw new AssertionError(method + " failed on the sandbox: " + response.body());
        }
        return answer;
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
