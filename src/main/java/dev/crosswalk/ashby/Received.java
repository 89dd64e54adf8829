package dev.crosswalk.ashby;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * One Ashby object both as typed record and exactly as received, so {@code remote_data} can hand
 * the original back. The original is kept as the bytes it arrived in and parsed only when asked
 * for: most requests never want it, and building a tree of every record is what a page costs most.
 */
public final class Received<T> {

    private final T value;
    private final byte[] body;
    private final int offset;
    private final int length;
    private final ObjectReader trees;
    private JsonNode json;

    /** {@code value} decoded from {@code body[offset, offset + length)}, which {@code trees} re-reads on demand. */
    public Received(T value, byte[] body, int offset, int length, ObjectReader trees) {
        Objects.checkFromIndexSize(offset, length, body.length);
        this.value = value;
        this.body = body;
        this.offset = offset;
        this.length = length;
        this.trees = trees;
    }

    public T value() {
        return value;
    }

    /** The object as Ashby sent it (parsed on first use). */
    public JsonNode json() {
        if (json == null) {
            json = trees.readTree(body, offset, length);
        }
        return json;
    }
}
