package dev.crosswalk.ashby.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The request bodies of the hiring-process methods (applications, interviews, offers, feedback,
 * archive reasons). Absent values are left out, as Ashby then applies its defaults;
 * {@code createdAfter} is epoch milliseconds.
 */
public final class HiringProcessRequests {

    private HiringProcessRequests() {}

    /** {@code application.list}; {@code status} is Ashby's ({@code Active}, {@code Hired}, ...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationList(Integer limit, String cursor, Long createdAfter, String status, String jobId) {}

    /** {@code application.info}. */
    public record ApplicationInfo(String applicationId) {}

    /** {@code interviewSchedule.list}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InterviewScheduleList(
            Integer limit, String cursor, Long createdAfter, String applicationId, String interviewStageId) {}

    /** {@code offer.list}; {@code offerStatus} holds Ashby's statuses, any of which matches. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfferList(
            Integer limit, String cursor, Long createdAfter, String applicationId, List<String> offerStatus) {}

    /** {@code offer.info}. */
    public record OfferInfo(String offerId) {}

    /** {@code applicationFeedback.list}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationFeedbackList(Integer limit, String cursor, Long createdAfter, String applicationId) {}

    /** {@code feedbackFormDefinition.info}. */
    public record FeedbackFormDefinitionInfo(String feedbackFormDefinitionId) {}

    /** {@code archiveReason.list}. */
    public record ArchiveReasonList(boolean includeArchived) {}
}
