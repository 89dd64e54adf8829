package dev.crosswalk.unified.jobinterviewstages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One stage of a job's interview plan in the unified schema (docs/unified-schema.md); applications move
 * through these. {@code remote_data} is present only when the client asked for it.
 */
@Schema(description = "A stage of a job's interview plan, e.g. Application Review, Onsite, Offer")
public record JobInterviewStage(
        @Schema(description = "The ATS's id of the stage") String id,
        @Schema(description = "The stage's title") String name,

        @Schema(
                description = "The job whose plan holds the stage. Set when listing by job_id; null on a get, as the "
                        + "ATS's stage names only its interview plan, which several jobs may share")
        Reference job,

        @Schema(description = "0-based order of the stage within its interview plan")
        Integer position,

        @Schema(
                description =
                        "The ATS's stage type as received, e.g. Lead, PreInterviewScreen, Active, Offer, Hired, Archived")
        String type,

        @JsonProperty("interview_plan_id") @Schema(description = "The interview plan the stage belongs to")
        String interviewPlanId,

        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The ATS's object as received; only with include_remote_data=true")
        Object remoteData) {}
