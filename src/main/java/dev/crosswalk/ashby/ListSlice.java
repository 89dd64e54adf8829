package dev.crosswalk.ashby;

import dev.crosswalk.unified.Page;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.List;

/**
 * Pages through a list Ashby answers whole (an unpaged method, or the ids one object holds): the
 * position is the offset of the next item, so each page reads the list again but serves every
 * item once.
 */
final class ListSlice {

    private ListSlice() {}

    /** The offset a position stands for; the first page has none. */
    static int offset(String position) {
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
        // only reachable with a sealed cursor of another listing shape replayed here
        throw new CrosswalkException(
                ProblemCode.INVALID_CURSOR, "Parameter 'next_cursor' does not belong to this listing");
    }

    /** The items of the page starting at {@code offset}, at most {@code limit}. */
    static <T> List<T> items(List<T> all, int offset, int limit) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }

    /** The position after the page starting at {@code offset}, null when it was the last. */
    static String next(int size, int offset, int limit) {
        long end = (long) offset + limit;
        return end < size ? Long.toString(end) : null;
    }

    /** One page of {@code all}, already mapped. */
    static <T> Page<T> page(List<T> all, String position, int limit) {
        int offset = offset(position);
        return new Page<>(items(all, offset, limit), next(all.size(), offset, limit));
    }
}
