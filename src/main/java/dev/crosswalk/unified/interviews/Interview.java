package dev.crosswalk.unified.interviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One interview — a single scheduled meeting of a candidate with interviewers — in the unified schema
 * (docs/unified-schema.md). In Ashby it is one event of an interview schedule; the schedule gives the
 * application, stage, organizer and status.
 */
@Schema(description = "One scheduled interview (a meeting of the candidate with one or more interviewers)")
public record Interview(
        @Schema(description = "The ATS's id of the interview event")
        String id,

        @Schema(description = "When the interview event was created in the ATS") @JsonProperty("created_at")
        Instant createdAt,

        @Schema(description = "When the interview event last changed in the ATS") @JsonProperty("updated_at")
        Instant updatedAt,

        @Schema(description = "The application the interview is for")
        Reference application,

        @Schema(description = "The interview stage the interview belongs to") @JsonProperty("job_interview_stage")
        Reference jobInterviewStage,

        @Schema(description = "The user who scheduled the interview")
        Reference organizer,

        @Schema(description = "The users interviewing the candidate")
        List<Reference> interviewers,

        @Schema(description = "Where the interview takes place, as free text (e.g. a room or 'Google Meet')")
        String location,

        @Schema(description = "The link of the video meeting, if any") @JsonProperty("meeting_url")
        String meetingUrl,

        @Schema(description = "When the interview starts") @JsonProperty("start_at")
        Instant startAt,

        @Schema(description = "When the interview ends") @JsonProperty("end_at")
        Instant endAt,

        @Schema(
                description =
                        "The state of the interview's schedule; a value the ATS adds later passes through unchanged",
                allowableValues = {"draft", "scheduled", "awaiting_feedback", "completed", "cancelled"})
        String status,

        @Schema(
                description =
                        "The ATS's interview schedule this interview belongs to, as received (all of its events); "
                                + "only with include_remote_data=true")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {}
