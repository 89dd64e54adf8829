import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A stand-in Ashby for bench/run.sh's memory measurement, JDK only ({@code java bench/BigUpstream.java PORT MB}):
 * {@code apiKey.info} accepts any key, and every other method answers 200 with a candidate.list-shaped
 * JSON body of about MB megabytes, streamed in 64 KiB chunks (chunked encoding, no Content-Length),
 * the way a huge Ashby answer would arrive. Listens on loopback only.
 */
public class BigUpstream {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        byte[] candidate = ("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"createdAt\":\"2024-02-04T21:38:12.442Z\","
                + "\"name\":\"Test User\",\"emailAddresses\":[{\"value\":\"user@example.com\",\"type\":\"Personal\",\"isPrimary\":true}],"
                + "\"phoneNumbers\":[],\"socialLinks\":[],\"tags\":[],\"applicationIds\":[],\"fileHandles\":[],"
                + "\"customFields\":[],\"profileUrl\":\"https://app.ashbyhq.com/candidates/00000000-0000-0000-0000-000000000001\"},")
                .getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[64 * 1024 / candidate.length * candidate.length];
        for (int i = 0; i < chunk.length; i += candidate.length) {
            System.arraycopy(candidate, 0, chunk, i, candidate.length);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            String path = exchange.getRequestURI().getPath();
            try (OutputStream out = exchange.getResponseBody()) {
                if (path.endsWith("/apiKey.info")) {
                    byte[] info = "{\"success\":true,\"results\":{\"title\":\"big upstream\",\"scopes\":[\"candidates:read\"]}}"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, info.length);
                    out.write(info);
                    return;
                }
                exchange.sendResponseHeaders(200, 0);
                out.write("{\"success\":true,\"results\":[".getBytes(StandardCharsets.UTF_8));
                long written = 0;
                while (written < bytes) {
                    out.write(chunk);
                    written += chunk.length;
                }
                out.write(("{\"id\":\"end\"}],\"moreDataAvailable\":false}").getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        System.out.println("BigUpstream listening on 127.0.0.1:" + port + ", " + args[1] + " MB per answer");
    }
}
