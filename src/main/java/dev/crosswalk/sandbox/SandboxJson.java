package dev.crosswalk.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crosswalk.json.UtcInstants;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The sandbox's own JSON: Ashby's envelopes, nulls left out, timestamps as ISO-8601 UTC with
 * milliseconds ({@code 2024-02-04T21:38:12.442Z}, as Ashby writes them). Kept apart from the
 * gateway's mapper so neither can change the other's output.
 */
final class SandboxJson {

    private SandboxJson() {}

    /** The one mapper of the sandbox (thread-safe once built). */
    static final JsonMapper MAPPER = mapper();

    /** A body already rendered to JSON bytes, sent as it is. */
    record Rendered(byte[] json) {}

    static JsonMapper mapper() {
        SimpleModule timestamps = new SimpleModule("ashby-timestamps");
        timestamps.addSerializer(Instant.class, new AshbyInstantSerializer());
        return JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion ->
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addModule(timestamps)
                .build();
    }

    /** {@code {"success":true,"results":{...}}} */
    record Result(boolean success, Object results) {

        Result(Object results) {
            this(true, results);
        }
    }

    /**
     * A page of a paged list, stitched from the records' ready JSON: {@code nextCursor} only while
     * more follows, {@code syncToken} only on the last page. Cursors and tokens are base64url, so
     * they need no escaping.
     */
    static Rendered page(List<byte[]> results, boolean moreDataAvailable, String nextCursor, String syncToken) {
        byte[] end = ascii((moreDataAvailable ? "],\"moreDataAvailable\":true" : "],\"moreDataAvailable\":false")
                + (nextCursor != null ? ",\"nextCursor\":\"" + nextCursor + "\"" : "")
                + (syncToken != null ? ",\"syncToken\":\"" + syncToken + "\"" : "") + "}");
        int size = PAGE_START.length + end.length + Math.max(0, results.size() - 1);
        for (byte[] result : results) {
            size += result.length;
        }
        // One exact allocation and one copy per record: a page of candidates is ~200 KB.
        byte[] page = new byte[size];
        System.arraycopy(PAGE_START, 0, page, 0, PAGE_START.length);
        int at = PAGE_START.length;
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                page[at++] = ',';
            }
            byte[] result = results.get(i);
            System.arraycopy(result, 0, page, at, result.length);
            at += result.length;
        }
        System.arraycopy(end, 0, page, at, end.length);
        return new Rendered(page);
    }

    private static final byte[] PAGE_START = ascii("{\"success\":true,\"results\":[");

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** An unpaged list that still says {@code moreDataAvailable: false} (where the spec requires it). */
    record WholeList(boolean success, List<?> results, boolean moreDataAvailable) {}

    record ErrorInfo(String code, String message, String requestId) {}

    /** {@code {"success":false,"errors":["code"],"errorInfo":{...}}} */
    record Failure(boolean success, List<String> errors, ErrorInfo errorInfo) {

        Failure(String code, String message, String requestId) {
            this(false, List.of(code), new ErrorInfo(code, message, requestId));
        }
    }

    /** Timestamps as Ashby writes them, without a {@code DateTimeFormatter}: a page holds hundreds of them. */
    static final class AshbyInstantSerializer extends ValueSerializer<Instant> {

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(UtcInstants.formatMillis(value));
        }
    }
}
