package dev.crosswalk.unified;

import java.util.List;
import java.util.function.Function;

/**
 * One page from a vendor. {@code nextPosition} is the vendor's opaque position of the next page, or
 * null exactly when this page is the last. The last page of a listing the vendor can sync
 * incrementally carries the vendor's {@code syncToken} for the next pass (null otherwise).
 */
public record Page<T>(List<T> records, String nextPosition, String syncToken) {

    public Page {
        records = List.copyOf(records);
    }

    /** A page of a listing that cannot sync. */
    public Page(List<T> records, String nextPosition) {
        this(records, nextPosition, null);
    }

    /** The same page with each record converted. */
    public <U> Page<U> map(Function<T, U> convert) {
        return new Page<>(records.stream().map(convert).toList(), nextPosition, syncToken);
    }
}
