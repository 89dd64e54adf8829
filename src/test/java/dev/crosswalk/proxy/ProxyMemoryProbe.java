package dev.crosswalk.proxy;

import com.sun.net.httpserver.HttpServer;
import dev.crosswalk.support.GatewaySlice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a child JVM with a small heap by {@link ProxyStreamingIntegrationTests}: starts a stand-in
 * Ashby that streams a generated body of {@code args[0]} bytes, the gateway in front of it, and a
 * client that uploads and downloads that many bytes through {@code /proxy/ashby}. Prints
 * {@code STREAMED} and exits 0 when both directions arrived intact.
 */
public final class ProxyMemoryProbe {

    private ProxyMemoryProbe() {}

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        AtomicReference<String> uploadSeenByAshby = new AtomicReference<>();
        HttpServer ashby = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ashby.setExecutor(Executors.newFixedThreadPool(2));
        ashby.createContext("/candidate.list", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                uploadSeenByAshby.set(digest(in));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0); // chunked: Ashby's length is not known up front either
            try (OutputStream out = exchange.getResponseBody()) {
                new Generated(size).transferTo(out);
            }
        });
        ashby.start();

        // command-line arguments: they outrank application.yml (builder properties would not)
        ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewaySlice.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--crosswalk.ashby.base-url=http://127.0.0.1:"
                                + ashby.getAddress().getPort(),
                        // what is measured is streaming, not the request size policy
                        "--crosswalk.proxy.max-request-size=1GB",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        int port = Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + port + "/proxy/ashby/candidate.list"))
                                    .header(
                                            GatewaySlice.TENANT_HEADER,
                                            UUID.randomUUID().toString())
                                    .header(GatewaySlice.KEY_HEADER, "probe-key")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(size)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            String downloaded;
            try (InputStream body = response.body()) {
                downloaded = digest(body);
            }
            String expected = digest(new Generated(size));
            long heapUsed = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getPeakUsage)
                    .mapToLong(usage -> usage.getUsed())
                    .sum();
            System.out.println(
                    "status=" + response.statusCode() + " upload-ok=" + expected.equals(uploadSeenByAshby.get())
                            + " download-ok=" + expected.equals(downloaded) + " max-heap="
                            + Runtime.getRuntime().maxMemory()
                            + " peak-heap-pools=" + heapUsed);
            boolean ok = response.statusCode() == 200
                    && expected.equals(uploadSeenByAshby.get())
                    && expected.equals(downloaded);
            System.out.println(ok ? "STREAMED" : "BROKEN");
            System.exit(ok ? 0 : 1);
        } finally {
            gateway.close();
            ashby.stop(0);
        }
    }

    private static String digest(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) != -1; ) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deterministic stream of {@code size} bytes, produced on demand and never held in memory. */
    static final class Generated extends InputStream {

        private final long size;
        private long position;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                target[offset + i] = (byte) (position++ * 31 % 251);
            }
            return count;
        }
    }
}
