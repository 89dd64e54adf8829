package dev.crosswalk.ashby;

import java.util.List;

/**
 * One page of an Ashby list. {@code nextCursor} is only meaningful while
 * {@code moreDataAvailable} is true; the end is never inferred from a short page.
 */
public record AshbyPage<T>(List<Received<T>> results, boolean moreDataAvailable, String nextCursor) {}
