package dev.crosswalk.ashby;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads Ashby JSON the way the gateway does (unknown properties fail unless a record ignores them) and loads fixtures. */
public final class AshbyJson {

    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AshbyJson() {}

    public static <T> T read(JsonNode node, Class<T> type) {
        return JSON.treeToValue(node, type);
    }

    /** A body from {@code src/test/resources/ashby/}, copied from the shared recorded examples. */
    public static JsonNode fixture(String name) {
        try (InputStream in = AshbyJson.class.getResourceAsStream("/ashby/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
