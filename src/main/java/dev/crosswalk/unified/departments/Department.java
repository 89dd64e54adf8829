package dev.crosswalk.unified.departments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A department (or team) of the organisation in the unified schema (docs/unified-schema.md).
 * {@code remote_data} is present only when the client asked for it.
 */
@Schema(description = "A department or team of the organisation; departments nest through parent")
public record Department(
        @Schema(description = "The ATS's id of the department")
        String id,

        @JsonProperty("created_at") @Schema(description = "When the department was created")
        Instant createdAt,

        @JsonProperty("updated_at") @Schema(description = "When the department last changed")
        Instant updatedAt,

        @Schema(description = "The department's name") String name,

        @Schema(description = "The department it belongs to; null at the top level")
        Reference parent,

        @Schema(
                description = "inactive once archived in the ATS",
                allowableValues = {"active", "inactive"})
        String status,

        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The ATS's object as received; only with include_remote_data=true")
        Object remoteData) {}
