package dev.crosswalk.unified.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * An application — one candidate considered for one job — in the unified schema (docs/unified-schema.md).
 * Lists are never null; {@code remote_data} is present only when the client asked for it.
 */
@Schema(description = "A candidate's application to a job")
public record Application(
        @Schema(description = "The ATS's id of the application")
        String id,

        @Schema(description = "When the application was created in the ATS") @JsonProperty("created_at")
        Instant createdAt,

        @Schema(description = "When the application last changed in the ATS") @JsonProperty("updated_at")
        Instant updatedAt,

        @Schema(description = "The candidate who applied") NamedReference candidate,

        @Schema(description = "The job applied to; name is the job's title")
        NamedReference job,

        @Schema(
                description = "Where the application stands; a value the ATS adds later passes through unchanged",
                allowableValues = {"active", "hired", "archived", "lead"})
        String status,

        @Schema(description = "When the candidate applied (the application's creation time)")
        @JsonProperty("applied_at")
        Instant appliedAt,

        @Schema(description = "The interview stage the application is in; name is the stage's title")
        @JsonProperty("current_stage")
        NamedReference currentStage,

        @Schema(description = "Where the application came from")
        NamedReference source,

        @Schema(description = "The user credited with the application; name is their full name")
        @JsonProperty("credited_to")
        NamedReference creditedTo,

        @Schema(description = "When the application was archived (rejected); null while it is not")
        @JsonProperty("rejected_at")
        Instant rejectedAt,

        @Schema(description = "Why the application was archived; see reject_reasons") @JsonProperty("reject_reason")
        NamedReference rejectReason,

        @Schema(description = "The users working on the application and their roles") @JsonProperty("hiring_team")
        List<HiringTeamMember> hiringTeam,

        @Schema(description = "The application's custom field values") @JsonProperty("custom_fields")
        List<CustomField> customFields,

        @Schema(description = "The ATS's application object as received; only with include_remote_data=true")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {

    /** A member of the application's hiring team; {@code role} is the ATS's role title, raw (e.g. {@code Recruiter}). */
    @Schema(description = "A member of the application's hiring team")
    public record HiringTeamMember(
            @Schema(description = "The user") Reference user,

            @Schema(description = "Their role on the team, as the ATS names it (e.g. Recruiter, Hiring Manager)")
            String role) {}
}
