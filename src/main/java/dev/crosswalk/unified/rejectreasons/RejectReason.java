package dev.crosswalk.unified.rejectreasons;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A reason an application can be archived (rejected) for, in the unified schema (docs/unified-schema.md). */
@Schema(description = "A reason an application can be rejected (archived) for")
public record RejectReason(
        @Schema(description = "The ATS's id of the reason") String id,
        @Schema(description = "The reason's text") String name,

        @Schema(
                description =
                        "Who rejected, as the ATS classifies it, raw (Ashby: RejectedByCandidate, RejectedByOrg, Other)")
        String type,

        @Schema(description = "Whether the reason is archived (no longer offered)")
        boolean archived,

        @Schema(description = "The ATS's reason object as received; only with include_remote_data=true")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {}
