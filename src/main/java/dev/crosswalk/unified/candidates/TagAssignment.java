package dev.crosswalk.unified.candidates;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** The body of {@code POST /unified/ats/candidates/{id}/tags}. */
@Schema(description = "A tag to add to a candidate")
public record TagAssignment(
        @Schema(description = "The tag's id (see /unified/ats/tags)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank
        @JsonProperty("tag_id")
        String tagId) {}
