package dev.crosswalk.unified;

import java.util.List;

/**
 * One page from a connector. {@code nextPosition} is the connector's opaque position of the next
 * page, or null exactly when this page is the last.
 */
public record Page<T>(List<T> records, String nextPosition) {

    public Page {
        records = List.copyOf(records);
    }
}
