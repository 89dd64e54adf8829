package dev.crosswalk.unified.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.NamedReference;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A job (requisition) in the unified schema (docs/unified-schema.md). Lists are never null;
 * {@code remote_data} is present only when the client asked for it.
 */
@Schema(description = "A job (requisition) candidates apply to")
public record Job(
        @Schema(description = "The ATS's id of the job") String id,

        @JsonProperty("created_at") @Schema(description = "When the job was created")
        Instant createdAt,

        @JsonProperty("updated_at") @Schema(description = "When the job last changed")
        Instant updatedAt,

        @Schema(description = "The job's title") String name,

        @Schema(
                description = "Lifecycle state; an unlisted ATS value is passed through as received",
                allowableValues = {"draft", "open", "closed", "archived"})
        String status,

        @JsonProperty("employment_type")
        @Schema(
                description = "Kind of employment; an unlisted ATS value is passed through as received",
                allowableValues = {"full_time", "part_time", "intern", "contract", "temporary"})
        String employmentType,

        @Schema(description = "Whether the job is confidential (visible only to some users and API keys)")
        boolean confidential,

        @JsonProperty("requisition_id") @Schema(description = "The organisation's own requisition id, if set")
        String requisitionId,

        @Schema(description = "The department the job belongs to (see /unified/ats/departments)")
        List<Reference> departments,

        @Schema(description = "The office the job is based in (see /unified/ats/offices)")
        List<NamedReference> offices,

        @JsonProperty("hiring_managers") @Schema(description = "Users on the hiring team as hiring manager")
        List<Reference> hiringManagers,

        @Schema(description = "Users on the hiring team as recruiter")
        List<Reference> recruiters,

        @JsonProperty("opened_at") @Schema(description = "When the job was opened; null while a draft")
        Instant openedAt,

        @JsonProperty("closed_at") @Schema(description = "When the job was closed; null while open")
        Instant closedAt,

        @JsonProperty("job_posting_ids") @Schema(description = "Ids of the job's postings on job boards")
        List<String> jobPostingIds,

        @JsonProperty("custom_fields") @Schema(description = "The organisation's custom fields on the job")
        List<CustomField> customFields,

        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The ATS's object as received; only with include_remote_data=true")
        Object remoteData) {}
