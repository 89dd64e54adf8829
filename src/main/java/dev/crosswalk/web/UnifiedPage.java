package dev.crosswalk.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The list envelope of every list (unified resources and the admin API):
 * {@code {"result": [...], "next_cursor": ... | null, "result_count": n}}; {@code next_cursor} is null
 * exactly when the last page was served. The last page of an incremental sync pass also carries
 * {@code next_sync_token}, the token that lists what changed after this pass.
 */
public record UnifiedPage<T>(
        List<T> result,

        @JsonProperty("next_cursor") @JsonInclude(JsonInclude.Include.ALWAYS)
        String nextCursor,

        @JsonProperty("result_count") int resultCount,

        @JsonProperty("next_sync_token") @JsonInclude(JsonInclude.Include.NON_NULL)
        String nextSyncToken) {

    /** A page of a listing that is not an incremental sync. */
    public UnifiedPage(List<T> result, String nextCursor, int resultCount) {
        this(result, nextCursor, resultCount, null);
    }
}
