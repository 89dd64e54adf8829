package dev.crosswalk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incremental-sync case of {@code bench/sync.sh}: a mirror of an organisation's candidates kept up
 * to date two ways after {@code CHANGES} of them changed in the ATS — a full re-traversal, and a delta
 * with the previous pass's {@code next_sync_token}. Prints one JSON line with the wall time, the pages
 * read and the calls the upstream served for each: the sandbox plays Ashby in its own JVM, and its
 * request count is read from that JVM's metrics, so the calls are Ashby's view, not the client's.
 *
 * <pre>SyncBench GATEWAY_URL TENANT_TOKEN UPSTREAM_URL UPSTREAM_ADMIN_TOKEN ASHBY_KEY CHANGES EXPECTED</pre>
 */
public final class SyncBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String gateway;
    private final String token;
    private final String upstream;
    private final String upstreamAdmin;
    private final String basic;

    private SyncBench(String gateway, String token, String upstream, String upstreamAdmin, String key) {
        this.gateway = gateway;
        this.token = token;
        this.upstream = upstream;
        this.upstreamAdmin = upstreamAdmin;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println(
                    "usage: SyncBench GATEWAY_URL TENANT_TOKEN UPSTREAM_URL UPSTREAM_ADMIN_TOKEN ASHBY_KEY CHANGES EXPECTED");
            System.exit(2);
        }
        SyncBench bench = new SyncBench(args[0], args[1], args[2], args[3], args[4]);
        int changes = Integer.parseInt(args[5]);
        int expected = Integer.parseInt(args[6]);

        Pass first = bench.pass("/unified/ats/candidates?sync=true&limit=100");
        check(first.ids().size() == expected, "first pass: " + first.ids().size() + " of " + expected);
        List<String> ids = new ArrayList<>(first.ids());
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < changes; i++) {
            String id = ids.get((int) ((long) i * ids.size() / changes));
            bench.ashby("candidate.update", "{\"candidateId\":\"" + id + "\",\"name\":\"Changed " + i + "\"}");
            changed.add(id);
        }
        Pass delta = bench.pass("/unified/ats/candidates?limit=100&sync_token="
                + URLEncoder.encode(first.syncToken(), StandardCharsets.UTF_8));
        check(delta.ids().equals(changed), "the delta holds " + delta.ids().size() + " records, not the " + changes);
        Pass full = bench.pass("/unified/ats/candidates?limit=100");
        check(full.ids().size() == expected, "full re-read: " + full.ids().size() + " of " + expected);
        System.out.printf(
                "{\"candidates\":%d,\"changed\":%d,\"full\":%s,\"delta\":%s}%n",
                expected, changes, full.json(), delta.json());
    }

    /** Reads a listing to its end; counts pages and the calls the upstream served meanwhile. */
    private Pass pass(String path) throws Exception {
        long callsBefore = sandboxCalls();
        long start = System.nanoTime();
        Set<String> ids = new HashSet<>();
        int pages = 0;
        String cursor = null;
        String syncToken = null;
        do {
            JsonNode page = get(
                    path + (cursor == null ? "" : "&next_cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            pages++;
            page.path("result").forEach(record -> ids.add(record.path("id").asString()));
            cursor = page.path("next_cursor").isNull()
                    ? null
                    : page.path("next_cursor").asString();
            syncToken = page.path("next_sync_token").isString()
                    ? page.path("next_sync_token").asString()
                    : syncToken;
        } while (cursor != null);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Pass(ids, pages, sandboxCalls() - callsBefore, seconds, syncToken);
    }

    private record Pass(Set<String> ids, int pages, long ashbyCalls, double seconds, String syncToken) {

        String json() {
            return String.format(
                    "{\"records\":%d,\"pages\":%d,\"ashby_calls\":%d,\"seconds\":%.3f}",
                    ids.size(), pages, ashbyCalls, seconds);
        }
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway + path))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() == 200, path + " → " + response.statusCode() + " " + response.body());
        return JSON.readTree(response.body());
    }

    private void ashby(String method, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(upstream + "/sandbox/ashby/" + method))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(JSON.readTree(response.body()).path("success").asBoolean(), method + " → " + response.body());
    }

    /** Every call the upstream served as Ashby so far (its {@code http.server.requests} for the sandbox's route). */
    private long sandboxCalls() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(upstream + "/actuator/prometheus"))
                        .header("Authorization", "Bearer " + upstreamAdmin)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() == 200, "upstream metrics → " + response.statusCode());
        return response.body()
                .lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains("uri=\"/sandbox/ashby/{method}\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
