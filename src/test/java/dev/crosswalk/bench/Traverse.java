package dev.crosswalk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Full traversal client of {@code bench/run.sh}: reads every candidate of an organisation page by
 * page, either through the gateway's unified cursors ({@code next_cursor}) or straight from Ashby's
 * {@code candidate.list} with Ashby's own cursors ({@code nextCursor}), one request at a time over a
 * kept-alive connection, and prints one JSON line per run with the wall time.
 *
 * <pre>Traverse unified|ashby BASE_URL TOKEN_OR_KEY LIMIT RUNS EXPECTED</pre>
 */
public final class Traverse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: Traverse unified|ashby BASE_URL TOKEN_OR_KEY LIMIT RUNS EXPECTED");
            System.exit(2);
        }
        boolean unified = args[0].equals("unified");
        String base = args[1];
        String credential = args[2];
        int limit = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        int expected = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            int[] counts = unified ? unified(http, base, credential, limit) : ashby(http, base, credential, limit);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (counts[0] != expected || counts[2] != expected) {
                throw new IllegalStateException(args[0] + ": " + counts[0] + " records (" + counts[2]
                        + " distinct ids) instead of " + expected);
            }
            System.out.printf(
                    "{\"mode\":\"%s\",\"run\":%d,\"records\":%d,\"pages\":%d,\"seconds\":%.4f}%n",
                    args[0], run, counts[0], counts[1], seconds);
        }
    }

    /** {records, pages, distinct ids} through {@code GET /unified/ats/candidates}. */
    static int[] unified(HttpClient http, String base, String token, int limit) throws Exception {
        Set<String> ids = new HashSet<>();
        int records = 0, pages = 0;
        String cursor = null;
        do {
            String url = base + "/unified/ats/candidates?limit=" + limit
                    + (cursor == null ? "" : "&next_cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = send(
                    http, HttpRequest.newBuilder(URI.create(url)).GET().header("Authorization", "Bearer " + token));
            for (JsonNode record : page.path("result")) {
                ids.add(record.path("id").asString());
                records++;
            }
            pages++;
            cursor = page.path("next_cursor").isString()
                    ? page.path("next_cursor").asString()
                    : null;
        } while (cursor != null);
        return new int[] {records, pages, ids.size()};
    }

    /** {records, pages, distinct ids} through Ashby's {@code POST candidate.list}. */
    static int[] ashby(HttpClient http, String base, String key, int limit) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        Set<String> ids = new HashSet<>();
        int records = 0, pages = 0;
        String cursor = null;
        do {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("limit", limit);
            if (cursor != null) {
                body.put("cursor", cursor);
            }
            JsonNode page = send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/candidate.list"))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                            .header("Content-Type", "application/json")
                            .header("Authorization", auth));
            if (!page.path("success").asBoolean(false)) {
                throw new IllegalStateException("Ashby answered " + page);
            }
            for (JsonNode record : page.path("results")) {
                ids.add(record.path("id").asString());
                records++;
            }
            pages++;
            cursor = page.path("moreDataAvailable").asBoolean(false)
                    ? page.path("nextCursor").asString()
                    : null;
        } while (cursor != null);
        return new int[] {records, pages, ids.size()};
    }

    private static JsonNode send(HttpClient http, HttpRequest.Builder request) throws Exception {
        HttpResponse<byte[]> response =
                http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }

    private Traverse() {}
}
