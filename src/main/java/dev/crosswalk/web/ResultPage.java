package dev.crosswalk.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The success envelope of every list: {@code {"result": [...], "next_cursor": "..." | null,
 * "result_count": n}}. {@code next_cursor} is null exactly when the last page was served.
 */
public record ResultPage<T>(
        List<T> result,
        @JsonProperty("next_cursor") @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor,
        @JsonProperty("result_count") int resultCount) {

    public static <T> ResultPage<T> of(List<T> records, String nextCursor) {
        return new ResultPage<>(records, nextCursor, records.size());
    }
}
