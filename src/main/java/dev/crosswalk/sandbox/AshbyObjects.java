package dev.crosswalk.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sandbox's objects, shaped exactly like Ashby's JSON: component names are Ashby's field names
 * and records serialize as they are (nulls omitted). Objects embed the immutable objects they refer
 * to (a candidate holds its {@link Tag}s, an application its {@link InterviewStage}) because that is
 * what Ashby sends, and sharing the instances keeps a 100,000-candidate organisation small.
 * Ids are {@link UUID}s and timestamps {@link Instant}s for the same reason; the sandbox's mapper
 * writes them the way Ashby does.
 */
final class AshbyObjects {

    private AshbyObjects() {}

    record ContactInfo(String value, String type, boolean isPrimary) {}

    record SocialLink(String type, String url) {}

    record FileHandle(UUID id, String name, String handle) {}

    /** Values are Boolean, Number, List of String or {@link Money}: the spec's other variants are ambiguous. */
    record CustomFieldValue(UUID id, boolean isPrivate, String title, Object value, Object valueLabel) {}

    record Money(double value, String currencyCode) {}

    record SourceType(UUID id, String title, boolean isArchived) {}

    record Source(UUID id, String title, boolean isArchived, SourceType sourceType) {}

    record User(
            UUID id,
            String firstName,
            String lastName,
            String email,
            String globalRole,
            boolean isEnabled,
            Instant updatedAt,
            UUID managerId) {}

    record Tag(UUID id, String title, boolean isArchived) {}

    record LocationComponent(String type, String name) {}

    record CandidateLocation(UUID id, String locationSummary, List<LocationComponent> locationComponents) {}

    record Candidate(
            UUID id,
            Instant createdAt,
            Instant updatedAt,
            String name,
            ContactInfo primaryEmailAddress,
            List<ContactInfo> emailAddresses,
            ContactInfo primaryPhoneNumber,
            List<ContactInfo> phoneNumbers,
            List<SocialLink> socialLinks,
            List<Tag> tags,
            String position,
            String company,
            String school,
            List<UUID> applicationIds,
            FileHandle resumeFileHandle,
            List<FileHandle> fileHandles,
            List<CustomFieldValue> customFields,
            String profileUrl,
            Source source,
            User creditedToUser,
            String timezone,
            CandidateLocation location) {

        CandidateSummary summary() {
            return new CandidateSummary(id, name, primaryEmailAddress, primaryPhoneNumber);
        }
    }

    record CandidateSummary(UUID id, String name, ContactInfo primaryEmailAddress, ContactInfo primaryPhoneNumber) {}

    record Department(
            UUID id,
            String name,
            String externalName,
            boolean isArchived,
            UUID parentId,
            Instant createdAt,
            Instant updatedAt) {}

    record PostalAddress(
            String addressCountry,
            String addressRegion,
            String addressLocality,
            String postalCode,
            String streetAddress) {}

    record Address(PostalAddress postalAddress) {}

    record Location(
            UUID id,
            String name,
            String externalName,
            boolean isArchived,
            Address address,
            boolean isRemote,
            String workplaceType,
            UUID parentLocationId,
            String type) {}

    record InterviewPlan(UUID id, String title, boolean isArchived, Instant createdAt, Instant updatedAt) {}

    record InterviewStage(
            UUID id,
            String title,
            String type,
            int orderInInterviewPlan,
            String interviewStageGroupId,
            UUID interviewPlanId) {}

    record HiringTeamMember(String email, String firstName, String lastName, String role, UUID userId) {}

    record Job(
            UUID id,
            String title,
            boolean confidential,
            String status,
            String employmentType,
            UUID locationId,
            UUID departmentId,
            UUID defaultInterviewPlanId,
            List<UUID> interviewPlanIds,
            List<CustomFieldValue> customFields,
            List<UUID> jobPostingIds,
            String customRequisitionId,
            List<HiringTeamMember> hiringTeam,
            User author,
            Instant createdAt,
            Instant updatedAt,
            Instant openedAt,
            Instant closedAt) {

        JobSummary summary() {
            return new JobSummary(id, title, locationId, departmentId);
        }
    }

    record JobSummary(UUID id, String title, UUID locationId, UUID departmentId) {}

    /** A job as {@code job.list} and {@code job.info} send it with {@code expand: ["location"]}. */
    record JobWithLocation(
            @com.fasterxml.jackson.annotation.JsonUnwrapped Job job, Location location) {}

    record ArchiveReason(
            UUID id, String text, String reasonType, boolean isArchived, List<CustomFieldValue> customFields) {}

    record ApplicationHistoryEntry(
            UUID id,
            UUID stageId,
            String title,
            Instant enteredStageAt,
            Instant leftStageAt,
            int stageNumber,
            List<String> allowedActions,
            UUID actorId) {}

    /** {@code applicationHistory} is only sent by {@code application.info}; lists get {@link #withoutHistory()}. */
    record Application(
            UUID id,
            Instant createdAt,
            Instant updatedAt,
            String status,
            List<CustomFieldValue> customFields,
            CandidateSummary candidate,
            InterviewStage currentInterviewStage,
            Source source,
            ArchiveReason archiveReason,
            Instant archivedAt,
            JobSummary job,
            User creditedToUser,
            List<HiringTeamMember> hiringTeam,
            UUID appliedViaJobPostingId,
            List<ApplicationHistoryEntry> applicationHistory) {

        Application withoutHistory() {
            return new Application(
                    id,
                    createdAt,
                    updatedAt,
                    status,
                    customFields,
                    candidate,
                    currentInterviewStage,
                    source,
                    archiveReason,
                    archivedAt,
                    job,
                    creditedToUser,
                    hiringTeam,
                    appliedViaJobPostingId,
                    null);
        }

        Application withCandidate(CandidateSummary newCandidate) {
            return new Application(
                    id,
                    createdAt,
                    updatedAt,
                    status,
                    customFields,
                    newCandidate,
                    currentInterviewStage,
                    source,
                    archiveReason,
                    archivedAt,
                    job,
                    creditedToUser,
                    hiringTeam,
                    appliedViaJobPostingId,
                    applicationHistory);
        }
    }

    record NoteAuthor(UUID id, String firstName, String lastName, String email) {}

    record Note(UUID id, Instant createdAt, boolean isPrivate, String content, NoteAuthor author) {}

    record SelectableValue(String label, String value) {}

    record FormField(
            UUID id,
            String type,
            String path,
            String humanReadablePath,
            String title,
            boolean isNullable,
            List<SelectableValue> selectableValues) {}

    record FormFieldEntry(boolean isRequired, String descriptionPlain, FormField field) {}

    record FormSection(String title, List<FormFieldEntry> fields) {}

    record FormDefinition(List<FormSection> sections) {}

    record FeedbackFormDefinition(
            UUID id,
            UUID organizationId,
            String title,
            boolean isArchived,
            boolean isDefaultForm,
            FormDefinition formDefinition,
            UUID interviewId) {}

    record Interview(
            UUID id,
            String title,
            String externalTitle,
            boolean isArchived,
            boolean isDebrief,
            boolean isFeedbackRequired,
            boolean isFeedbackRequested,
            String instructionsPlain,
            UUID jobId,
            UUID feedbackFormDefinitionId) {}

    /** {@code trainingRole} and {@code interviewerPool} are required even when null: Ashby sends the nulls. */
    record Interviewer(
            UUID id,
            String firstName,
            String lastName,
            String email,
            String globalRole,
            boolean isEnabled,
            Instant updatedAt,
            @JsonInclude(JsonInclude.Include.ALWAYS) String trainingRole,
            @JsonInclude(JsonInclude.Include.ALWAYS) Object interviewerPool,
            boolean isFeedbackRequired) {}

    record InterviewEvent(
            UUID id,
            UUID interviewId,
            UUID interviewScheduleId,
            List<UUID> interviewerUserIds,
            List<Interviewer> interviewers,
            Instant createdAt,
            Instant updatedAt,
            Instant startTime,
            Instant endTime,
            String feedbackLink,
            String location,
            String meetingLink,
            boolean hasSubmittedFeedback,
            Interview interview) {}

    record InterviewSchedule(
            UUID id,
            String status,
            UUID applicationId,
            UUID interviewStageId,
            User scheduledBy,
            Instant createdAt,
            Instant updatedAt,
            List<InterviewEvent> interviewEvents) {}

    record ApplicationFeedback(
            UUID id,
            FormDefinition formDefinition,
            Map<String, Object> submittedValues,
            User submittedByUser,
            UUID interviewId,
            UUID interviewEventId,
            UUID feedbackFormDefinitionId,
            UUID applicationHistoryId,
            UUID applicationId,
            Instant submittedAt) {}

    record Salary(String currencyCode, double value) {}

    record OfferVersion(
            UUID id,
            Instant startDate,
            Salary salary,
            Instant createdAt,
            List<CustomFieldValue> customFields,
            List<FileHandle> fileHandles,
            User author,
            String approvalStatus) {}

    /** {@code versions} and {@code formDefinition} are only sent by {@code offer.info}. */
    record Offer(
            UUID id,
            Instant decidedAt,
            UUID applicationId,
            String acceptanceStatus,
            String offerStatus,
            OfferVersion latestVersion,
            List<OfferVersion> versions,
            FormDefinition formDefinition) {

        Offer summary() {
            return new Offer(id, decidedAt, applicationId, acceptanceStatus, offerStatus, latestVersion, null, null);
        }
    }

    record LocationIds(UUID primaryLocationId, List<UUID> secondaryLocationIds) {}

    record DescriptionPart(String html, String plain) {}

    record DescriptionParts(
            DescriptionPart descriptionOpening, DescriptionPart descriptionBody, DescriptionPart descriptionClosing) {}

    record CompensationComponent(
            UUID id,
            String compensationType,
            String interval,
            String currencyCode,
            String label,
            Double minValue,
            Double maxValue,
            String summary) {}

    record CompensationTier(UUID id, String title, List<CompensationComponent> components, String tierSummary) {}

    record PostingCompensation(
            String compensationTierSummary,
            List<CompensationComponent> summaryComponents,
            List<CompensationTier> compensationTiers,
            boolean shouldDisplayCompensationOnJobBoard) {}

    /** What {@code jobPosting.info} sends; {@code jobPosting.list} sends its {@link #summary()}. */
    record JobPosting(
            UUID id,
            String title,
            String descriptionPlain,
            String descriptionHtml,
            DescriptionParts descriptionParts,
            String departmentName,
            String teamName,
            List<String> teamNameHierarchy,
            UUID jobId,
            String locationName,
            LocationIds locationIds,
            Map<String, Object> linkedData,
            String publishedDate,
            Address address,
            boolean isRemote,
            String workplaceType,
            String employmentType,
            FormDefinition applicationFormDefinition,
            List<Object> surveyFormDefinitions,
            boolean isListed,
            String applyLink,
            PostingCompensation compensation,
            Instant updatedAt) {

        JobPostingSummary summary() {
            return new JobPostingSummary(
                    id,
                    title,
                    jobId,
                    departmentName,
                    teamName,
                    locationName,
                    locationIds,
                    workplaceType,
                    employmentType,
                    isListed,
                    publishedDate,
                    applyLink,
                    compensation.compensationTierSummary(),
                    compensation.shouldDisplayCompensationOnJobBoard(),
                    updatedAt);
        }
    }

    record JobPostingSummary(
            UUID id,
            String title,
            UUID jobId,
            String departmentName,
            String teamName,
            String locationName,
            LocationIds locationIds,
            String workplaceType,
            String employmentType,
            boolean isListed,
            String publishedDate,
            String applyLink,
            String compensationTierSummary,
            boolean shouldDisplayCompensationOnJobBoard,
            Instant updatedAt) {}

    record ApiKeyInfo(String title, Instant createdAt, List<String> scopes) {}

    record FileInfo(String url) {}
}
