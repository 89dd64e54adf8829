package dev.crosswalk.ashby.jobs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crosswalk.ashby.AshbyCustomField;
import dev.crosswalk.ashby.offices.AshbyLocation;
import java.time.Instant;
import java.util.List;

/**
 * A job as {@code job.list} and {@code job.info} return it. {@code location} is only sent when
 * asked for with {@code expand: ["location"]}; otherwise only {@code locationId} names the office.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyJob(
        String id,
        String title,
        Boolean confidential,
        String status,
        String employmentType,
        String locationId,
        String departmentId,
        String defaultInterviewPlanId,
        List<String> interviewPlanIds,
        List<AshbyCustomField> customFields,
        List<String> jobPostingIds,
        String customRequisitionId,
        List<HiringTeamMember> hiringTeam,
        Instant createdAt,
        Instant updatedAt,
        Instant openedAt,
        Instant closedAt,
        AshbyLocation location) {

    /** A user on the job's hiring team; {@code role} is e.g. {@code Hiring Manager} or {@code Recruiter}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HiringTeamMember(String userId, String role, String firstName, String lastName, String email) {}
}
