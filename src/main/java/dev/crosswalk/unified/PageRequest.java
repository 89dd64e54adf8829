package dev.crosswalk.unified;

/**
 * What a vendor source is asked for: one page of at most {@code limit} records, starting at
 * {@code position} (the vendor's own opaque position from the previous page, null for the first).
 * {@code syncToken} is the vendor's token of an earlier pass, on the first page of an incremental
 * pass only: the listing then holds just what changed since (later pages follow the position).
 */
public record PageRequest(int limit, String position, boolean includeRemoteData, String syncToken) {

    /** A page of a full listing. */
    public PageRequest(int limit, String position, boolean includeRemoteData) {
        this(limit, position, includeRemoteData, null);
    }
}
