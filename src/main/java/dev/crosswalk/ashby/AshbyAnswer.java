package dev.crosswalk.ashby;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A successful Ashby answer ({@code success: true}) decoded in one pass over its bytes, straight into
 * the typed records: no tree of the page is built. Each record remembers where it sits in the
 * body, so its original JSON ({@code remote_data}) is parsed only if a client asks for it.
 *
 * <p>{@link #read} gives up on anything that is not a success envelope of the expected shape;
 * {@link AshbyErrors} then reads the body the slow way and says what is wrong with it.
 */
record AshbyAnswer<T>(
        Results kind, List<Received<T>> results, boolean moreDataAvailable, String nextCursor, String syncToken) {

    /** What {@code results} held. */
    enum Results {
        ARRAY,
        OBJECT,
        OTHER
    }

    /**
     * Reads a success envelope, decoding {@code results} as {@code type}; null when the body is no
     * success envelope, an exception when it is not JSON or a record does not decode as {@code type}.
     */
    static <T> AshbyAnswer<T> read(Readers readers, String method, byte[] body, Class<T> type) {
        try (JsonParser parser = readers.json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Boolean success = null;
            Results kind = Results.OTHER;
            List<Received<T>> results = List.of();
            boolean more = false;
            String cursor = null;
            String syncToken = null;
            ObjectReader records = readers.of(type, method);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "success" -> success = value.isBoolean() ? parser.getBooleanValue() : null;
                    case "moreDataAvailable" -> more = value == JsonToken.VALUE_TRUE;
                    case "nextCursor" -> cursor = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                    case "syncToken" -> syncToken = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                    case "results" -> {
                        if (value == JsonToken.START_ARRAY) {
                            kind = Results.ARRAY;
                            results = new ArrayList<>();
                            while (parser.nextToken() != JsonToken.END_ARRAY) {
                                if (parser.currentToken() != JsonToken.START_OBJECT) {
                                    return null;
                                }
                                results.add(record(readers, records, parser, body));
                            }
                        } else if (value == JsonToken.START_OBJECT) {
                            kind = Results.OBJECT;
                            results = List.of(record(readers, records, parser, body));
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT
                    || parser.nextToken() != null
                    || !Boolean.TRUE.equals(success)) {
                return null;
            }
            return new AshbyAnswer<>(kind, results, more, more ? cursor : null, more ? null : syncToken);
        }
    }

    private static <T> Received<T> record(Readers readers, ObjectReader records, JsonParser parser, byte[] body) {
        int start = Math.toIntExact(parser.currentTokenLocation().getByteOffset());
        T value = records.readValue(parser);
        int end = Math.toIntExact(parser.currentLocation().getByteOffset());
        return new Received<>(value, body, start, end - start, readers.trees);
    }

    /**
     * The readers of Ashby's records, one per record type and method, built once: they read
     * tolerantly ({@link DecodeDrift}), and know the method so that drift is reported against it.
     */
    static final class Readers {

        private final JsonMapper json;
        private final ObjectReader trees;
        private final Map<String, ObjectReader> byTypeAndMethod = new ConcurrentHashMap<>();

        Readers(JsonMapper json, DecodeDrift drift) {
            this.json =
                    json.rebuild().addHandler(drift).addModule(drift.module()).build();
            this.trees = json.reader();
        }

        ObjectReader of(Class<?> type, String method) {
            return byTypeAndMethod.computeIfAbsent(
                    type.getName() + " " + method,
                    key -> json.readerFor(type)
                            // one record of the answer at a time: the rest of the answer follows it
                            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .withAttribute(DecodeDrift.METHOD, method));
        }
    }
}
