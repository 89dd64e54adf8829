package dev.crosswalk.unified.tags;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A tag that can be put on candidates (docs/unified-schema.md); see {@code POST /unified/ats/candidates/{id}/tags}. */
@Schema(description = "A candidate tag")
public record Tag(
        @Schema(description = "The ATS's id of the tag") String id,
        @Schema(description = "The tag's text") String name,

        @Schema(description = "True when the tag is archived and can no longer be applied", nullable = true)
        Boolean archived,

        @Schema(description = "The ATS's object as received; only with include_remote_data=true", types = "object")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {}
