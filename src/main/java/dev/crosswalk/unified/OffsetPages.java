package dev.crosswalk.unified;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.List;

/**
 * Pages over a list the ATS answers whole (an unpaged method, a search, the files or application
 * ids one record holds): the position is the offset of the next item, so every item is served
 * exactly once and the last page, however short, has no next position. The one offset pager of
 * every vendor.
 */
public final class OffsetPages {

    private OffsetPages() {}

    /** The slice of {@code all} that {@code request} asks for. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int offset = offset(request.position());
        return new Page<>(items(all, offset, request.limit()), next(all.size(), offset, request.limit()));
    }

    /** The offset a position stands for; the first page has none. */
    public static int offset(String position) {
        if (position == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(position);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        // Only reachable with a sealed cursor of another listing of the same resource and filters.
        throw new CrosswalkException(
                ProblemCode.INVALID_CURSOR, "Parameter 'next_cursor' does not belong to this listing");
    }

    /** The items of the page starting at {@code offset}, at most {@code limit}. */
    public static <T> List<T> items(List<T> all, int offset, int limit) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }

    /** The position after the page starting at {@code offset}, null when it was the last. */
    public static String next(int size, int offset, int limit) {
        long end = (long) offset + limit;
        return end < size ? Long.toString(end) : null;
    }
}
