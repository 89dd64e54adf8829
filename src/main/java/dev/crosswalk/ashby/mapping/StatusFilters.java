package dev.crosswalk.ashby.mapping;

import java.util.List;
import java.util.Map;

/**
 * Unified status filters in Ashby's words: the reverse of the mappers' status tables, so a filter
 * and the records it selects always agree. Kept out of the mapper interfaces, where MapStruct would
 * take any String-to-String method for a mapping of its own.
 */
public final class StatusFilters {

    private StatusFilters() {}

    /** Ashby's application status for a unified one, e.g. {@code archived} → {@code Archived}. */
    public static String applicationStatus(String unifiedStatus) {
        return ashbyValues(ApplicationMapper.STATUSES, unifiedStatus).get(0);
    }

    /** The Ashby offer statuses a unified one stands for ({@code draft} is two of them). */
    public static List<String> offerStatuses(String unifiedStatus) {
        return ashbyValues(OfferMapper.STATUSES, unifiedStatus);
    }

    private static List<String> ashbyValues(Map<String, String> statuses, String unifiedStatus) {
        List<String> values = statuses.entrySet().stream()
                .filter(entry -> entry.getValue().equals(unifiedStatus))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Not a unified status: " + unifiedStatus);
        }
        return values;
    }
}
