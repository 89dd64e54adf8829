package dev.crosswalk.unified;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.List;

/**
 * Pages over a list the ATS answers whole (unpaged methods, or the files of one candidate): the
 * position is the offset of the next record, so every record is served exactly once and the last
 * page, however short, has no next position.
 */
public final class OffsetPages {

    private OffsetPages() {}

    /** The slice of {@code all} that {@code request} asks for. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int offset = offset(request.position());
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + request.limit());
        return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }

    private static int offset(String position) {
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
}
