package dev.crosswalk.unified;

import java.util.List;
import java.util.function.Function;

/**
 * One page from a vendor. {@code nextPosition} is the vendor's opaque position of the next page, or
 * null exactly when this page is the last.
 */
public record Page<T>(List<T> records, String nextPosition) {

    public Page {
        records = List.copyOf(records);
    }

    /** The same page with each record converted. */
    public <U> Page<U> map(Function<T, U> convert) {
        return new Page<>(records.stream().map(convert).toList(), nextPosition);
    }
}
