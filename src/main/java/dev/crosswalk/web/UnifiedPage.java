package dev.crosswalk.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The list envelope of every list (unified resources and the admin API):
 * {@code {"result": [...], "next_cursor": ... | null, "result_count": n}}; {@code next_cursor} is null
 * exactly when the last page was served.
 */
public record UnifiedPage<T>(
        List<T> result,

        @JsonProperty("next_cursor") @JsonInclude(JsonInclude.Include.ALWAYS)
        String nextCursor,

        @JsonProperty("result_count") int resultCount) {}
