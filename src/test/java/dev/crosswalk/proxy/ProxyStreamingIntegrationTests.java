package dev.crosswalk.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The passthrough streams: 100 MB go up and 100 MB come back through a gateway whose whole JVM has
 * a 128 MB heap (client and stand-in Ashby included). Any code that aggregated either body would
 * fail with OutOfMemoryError.
 */
class ProxyStreamingIntegrationTests {

    static final long HUNDRED_MEGABYTES = 100L * 1024 * 1024;

    @Test
    void aHundredMegabytesPassBothWaysThroughA128MegabyteHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(List.of(
                        java,
                        "-Xmx128m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ProxyMemoryProbe.class.getName(),
                        Long.toString(HUNDRED_MEGABYTES)))
                .redirectErrorStream(true)
                .start();
        // read while it runs, so a full pipe never stalls the child
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();

        boolean finished = probe.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            probe.destroyForcibly();
        }
        reader.join(10_000);

        String log = output.toString();
        assertThat(finished).as("the probe finished in time:\n" + tail(log)).isTrue();
        assertThat(probe.exitValue()).as(tail(log)).isZero();
        assertThat(log)
                .contains("upload-ok=true", "download-ok=true", "STREAMED")
                .doesNotContain("OutOfMemoryError");
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
