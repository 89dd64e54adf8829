package dev.crosswalk.unified;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The list envelope of every unified resource: {@code {"result": [...], "next_cursor", "result_count"}}. */
public record UnifiedPage<T>(
        List<T> result,
        @JsonProperty("next_cursor") @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor,
        @JsonProperty("result_count") int resultCount) {
}
