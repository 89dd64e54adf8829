package dev.crosswalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the gateway's Ashby base URL at its own sandbox. The URL must be known before the server
 * starts, so the server gets a free port chosen here rather than a random one.
 */
public class SandboxPortInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = freePort();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "sandbox-gateway",
                        Map.of(
                                "server.port",
                                port,
                                "crosswalk.ashby.base-url",
                                "http://localhost:" + port + "/sandbox/ashby")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
