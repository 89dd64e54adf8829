package dev.crosswalk.ashby;

import java.util.List;

/**
 * One page of an Ashby list. {@code nextCursor} is only meaningful while
 * {@code moreDataAvailable} is true; the end is never inferred from a short page. The last page of
 * a method that syncs incrementally carries {@code syncToken}: listing again with it returns only
 * what changed since this pass began.
 */
public record AshbyPage<T>(List<Received<T>> results, boolean moreDataAvailable, String nextCursor, String syncToken) {}
