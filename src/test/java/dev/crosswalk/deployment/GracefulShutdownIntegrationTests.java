package dev.crosswalk.deployment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Tenants;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a pod sees when Kubernetes stops it: SIGTERM while slow unified and passthrough calls are in
 * flight. Readiness goes DOWN first, new connections are refused, the calls in flight finish with
 * their answers, and the process exits within {@code spring.lifecycle.timeout-per-shutdown-phase}
 * (which {@code deploy/kubernetes} sizes {@code terminationGracePeriodSeconds} from). The database is
 * an external PostgreSQL, as in production.
 */
class GracefulShutdownIntegrationTests {

    /** How long the stub Ashby takes to answer the calls that are in flight at SIGTERM. */
    static final Duration SLOW = Duration.ofSeconds(5);
    /** A call that outlasts the shutdown timeout of the second test. */
    static final Duration STALLED = Duration.ofSeconds(30);

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.acceptingAnyKey();

    static EmbeddedPostgres postgres;
    static byte[] page;
    static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (InputStream in =
                GracefulShutdownIntegrationTests.class.getResourceAsStream("/bench/candidate.list.json")) {
            page = in.readAllBytes();
        }
    }

    @BeforeEach
    void slowAshby() {
        ashby.stubFor(post("/candidate.list")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(page)
                        .withFixedDelay((int) SLOW.toMillis())));
        ashby.stubFor(post("/application.list")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":true,\"results\":[],\"moreDataAvailable\":false}")
                        .withFixedDelay((int) STALLED.toMillis())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void callsInFlightAtSigtermCompleteWhileNewConnectionsAreRefusedAndTheProcessExitsInTime() throws Exception {
        Duration timeout = Duration.ofSeconds(20);
        try (GatewayProcess gateway = startGateway("graceful", timeout)) {
            Tenants.Created tenant = Tenants.create(new Http(gateway.port()), "Draining", "key-draining");
            int before = ashby.findAll(postRequestedFor(urlEqualTo("/candidate.list")))
                    .size();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(send(gateway, "GET", "/unified/ats/candidates?limit=100", tenant.token(), null));
            }
            for (int i = 0; i < 2; i++) {
                calls.add(send(gateway, "POST", "/proxy/ashby/candidate.list", tenant.token(), "{\"limit\":100}"));
            }
            awaitUpstreamCalls("/candidate.list", before + calls.size());

            Instant sigterm = gateway.terminate();

            // New connections: refused (Tomcat closes its server socket) or 503, while all six still run.
            String outcome = "served";
            Instant deadline = sigterm.plusSeconds(3);
            while (outcome.equals("served") && Instant.now().isBefore(deadline)) {
                outcome = newConnection(gateway.port());
                if (outcome.equals("served")) {
                    Thread.sleep(20);
                }
            }
            long stillRunning = calls.stream().filter(call -> !call.isDone()).count();
            assertThat(outcome).as("a new connection after SIGTERM").isIn("refused", "reset", "503");
            assertThat(stillRunning)
                    .as("calls still in flight when new connections were already turned away")
                    .isEqualTo(calls.size());

            for (CompletableFuture<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            }
            assertThat(calls.get(0).get().body()).contains("\"result_count\":100");
            assertThat(calls.get(4).get().body()).contains("\"moreDataAvailable\"");

            int exitCode = gateway.awaitExit(timeout.plusSeconds(30));
            Duration toExit = Duration.between(sigterm, Instant.now());
            assertThat(exitCode).as("ended by its SIGTERM, not killed").isEqualTo(143);
            assertThat(toExit)
                    .as("SIGTERM to exit, within the configured shutdown timeout")
                    .isLessThan(timeout);

            String log = gateway.logText();
            int refusing = log.indexOf("ReadinessState changed from ACCEPTING_TRAFFIC to REFUSING_TRAFFIC");
            int draining = log.indexOf("Commencing graceful shutdown");
            assertThat(refusing).as("readiness goes DOWN").isPositive();
            assertThat(draining).as("readiness goes DOWN before the drain").isGreaterThan(refusing);
            assertThat(log).contains("Graceful shutdown complete");
        }
    }

    @Test
    void aCallLongerThanTheShutdownTimeoutIsCutAndTheProcessStillExitsInTime() throws Exception {
        Duration timeout = Duration.ofSeconds(3);
        try (GatewayProcess gateway = startGateway("graceful-timeout", timeout)) {
            Tenants.Created tenant = Tenants.create(new Http(gateway.port()), "Stalled", "key-stalled");
            int before = ashby.findAll(postRequestedFor(urlEqualTo("/application.list")))
                    .size();
            CompletableFuture<HttpResponse<String>> stalled =
                    send(gateway, "POST", "/proxy/ashby/application.list", tenant.token(), "{}");
            awaitUpstreamCalls("/application.list", before + 1);

            Instant sigterm = gateway.terminate();
            gateway.awaitExit(STALLED);
            Duration toExit = Duration.between(sigterm, Instant.now());

            assertThat(toExit)
                    .as("the drain waits for the call up to the timeout, then the rest of the shutdown is quick")
                    .isGreaterThanOrEqualTo(timeout)
                    .isLessThan(timeout.plusSeconds(10));
            assertThat(toExit).isLessThan(STALLED);
            assertThat(gateway.logText()).contains("Graceful shutdown aborted with one or more requests still active");
            HttpResponse<String> answer =
                    stalled.handle((response, failure) -> response).get(10, TimeUnit.SECONDS);
            assertThat(answer == null ? "no answer" : answer.statusCode() + " " + answer.body())
                    .as("the stalled call does not get the upstream's answer")
                    .doesNotContain("\"success\":true");
        }
    }

    private static GatewayProcess startGateway(String name, Duration shutdownTimeout) throws Exception {
        GatewayProcess gateway = GatewayProcess.start(
                name,
                Map.of(
                        "SPRING_DATASOURCE_URL",
                        postgres.getJdbcUrl("postgres", "postgres"),
                        "SPRING_DATASOURCE_USERNAME",
                        "postgres",
                        "SPRING_DATASOURCE_PASSWORD",
                        "",
                        "CROSSWALK_ADMIN_TOKEN",
                        Tenants.ADMIN_TOKEN,
                        "CROSSWALK_VAULT_KEY",
                        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                        "CROSSWALK_ASHBY_BASE_URL",
                        ashby.baseUrl(),
                        // As deploy/kubernetes sets it, through the environment.
                        "SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE",
                        shutdownTimeout.toSeconds() + "s"),
                List.of(
                        "--crosswalk.ashby.concurrency.max-calls-per-key=16",
                        "--logging.level.org.springframework.boot.availability=DEBUG"));
        gateway.awaitReady(Duration.ofSeconds(180));
        return gateway;
    }

    private static CompletableFuture<HttpResponse<String>> send(
            GatewayProcess gateway, String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + gateway.port() + path))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Until the stub Ashby has received that many calls of the method: they are then in flight. */
    private static void awaitUpstreamCalls(String url, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (ashby.findAll(postRequestedFor(urlEqualTo(url))).size() < count) {
            assertThat(Instant.now()).as("calls reaching the stub Ashby").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /**
     * A new TCP connection with one request on it: {@code served} (any answer but 503), {@code 503},
     * {@code refused} (nothing listens) or {@code reset} (accepted by the kernel, then closed unanswered).
     */
    private static String newConnection(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] head = socket.getInputStream().readNBytes(12);
            String statusLine = new String(head, StandardCharsets.US_ASCII);
            if (statusLine.isEmpty()) {
                return "reset";
            }
            return statusLine.endsWith(" 503") ? "503" : "served";
        } catch (ConnectException refused) {
            return "refused";
        } catch (IOException reset) {
            return "reset";
        }
    }
}
