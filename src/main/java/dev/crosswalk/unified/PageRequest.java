package dev.crosswalk.unified;

/**
 * What a connector is asked for: one page of at most {@code limit} records, starting at
 * {@code position} (the connector's own opaque position from the previous page, null for the first).
 */
public record PageRequest(int limit, String position, boolean includeRemoteData) {}
