package dev.crosswalk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whole unified listings for integration tests, read page by page the way a client does, checking
 * the paging promises on the way; {@link Sandbox#all} reads the same data as Ashby pages it.
 */
public final class Listings {

    private Listings() {}

    /**
     * Every record of a unified listing: each page answers 200, holds at most {@code limit} records and
     * says so in {@code result_count}, and no {@code next_cursor} leads to an empty page.
     */
    public static List<JsonNode> records(Http http, String token, String path, int limit) {
        List<JsonNode> records = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            String url = path + (path.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&next_cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Http.Response response = http.get(url, token);
            assertThat(response.status()).as(url + " → " + response.body()).isEqualTo(200);
            JsonNode body = response.json();
            assertThat(body.path("result").size())
                    .as("page size of " + url)
                    .isLessThanOrEqualTo(limit)
                    .isEqualTo(body.path("result_count").asInt());
            if (page > 0) {
                assertThat(body.path("result").size())
                        .as("a next_cursor led to an empty page: " + url)
                        .isPositive();
            }
            body.path("result").forEach(records::add);
            if (body.path("next_cursor").isNull()) {
                return records;
            }
            cursor = body.path("next_cursor").asString();
        }
        throw new AssertionError("endless listing " + path);
    }

    /** As {@link #records}, for listings whose ids are unique: no record is served twice. */
    public static List<JsonNode> uniqueRecords(Http http, String token, String path, int limit) {
        List<JsonNode> records = records(http, token, path, limit);
        assertThat(ids(records)).as("no record served twice by " + path).hasSize(records.size());
        return records;
    }

    public static Set<String> ids(List<JsonNode> records) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(record -> ids.add(record.path("id").asString()));
        return ids;
    }

    public static Map<String, JsonNode> byId(List<JsonNode> records) {
        Map<String, JsonNode> byId = new HashMap<>();
        records.forEach(record -> byId.put(record.path("id").asString(), record));
        return byId;
    }
}
