package dev.crosswalk.ashby.applications;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crosswalk.ashby.AshbyCustomField;
import dev.crosswalk.ashby.AshbyUserRef;
import dev.crosswalk.ashby.rejectreasons.AshbyArchiveReason;
import java.time.Instant;
import java.util.List;

/**
 * An application as {@code application.list} and {@code application.info} return it. Enums
 * ({@code status}, stage {@code type}) are kept as text so values Ashby adds later never fail.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyApplication(
        String id,
        Instant createdAt,
        Instant updatedAt,
        String status,
        List<AshbyCustomField> customFields,
        Candidate candidate,
        Stage currentInterviewStage,
        Source source,
        AshbyArchiveReason archiveReason,
        Instant archivedAt,
        Job job,
        AshbyUserRef creditedToUser,
        List<HiringTeamMember> hiringTeam) {

    /** The candidate's summary embedded in the application. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(String id, String name) {}

    /** The interview stage the application is in. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stage(String id, String title, String type, String interviewPlanId) {}

    /** Where the application came from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String id, String title) {}

    /** The job's summary embedded in the application. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Job(String id, String title) {}

    /** A user on the application's hiring team; {@code role} is the role's title (e.g. {@code Recruiter}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HiringTeamMember(String userId, String role) {}
}
