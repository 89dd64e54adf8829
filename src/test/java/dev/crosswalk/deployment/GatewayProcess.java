package dev.crosswalk.deployment;

import dev.crosswalk.support.FreePorts;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged gateway jar running as its own JVM, as it runs in production. Failsafe runs after
 * {@code package}, so the jar under {@code target/} is the one this build produced.
 */
final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private GatewayProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static GatewayProcess start(String name, Map<String, String> environment, List<String> arguments)
            throws IOException {
        return start(name, environment, List.of(), arguments);
    }

    static GatewayProcess start(
            String name, Map<String, String> environment, List<String> jvmOptions, List<String> arguments)
            throws IOException {
        int port = FreePorts.pick();
        Path log = Path.of("target", "gateway-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new GatewayProcess(builder.start(), port, log);
    }

    int port() {
        return port;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the readiness probe answers UP; fails with the process's log otherwise. */
    void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Gateway exited early:\n" + logText());
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Gateway not ready within " + timeout + ":\n" + logText());
    }

    /**
     * Sends SIGTERM, as Kubernetes does when it stops a pod (on Unix {@link Process#destroy()} is a
     * SIGTERM, never a SIGKILL); returns when it was sent.
     */
    Instant terminate() {
        Instant sent = Instant.now();
        process.destroy();
        return sent;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Gateway still running after " + timeout + ":\n" + logText());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("crosswalk-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
