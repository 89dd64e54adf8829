package dev.crosswalk.unified;

import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.activities.Activity;
import dev.crosswalk.unified.activities.ActivityFilter;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.applications.ApplicationFilter;
import dev.crosswalk.unified.attachments.Attachment;
import dev.crosswalk.unified.attachments.AttachmentFilter;
import dev.crosswalk.unified.candidates.Candidate;
import dev.crosswalk.unified.candidates.CandidateFilter;
import dev.crosswalk.unified.departments.Department;
import dev.crosswalk.unified.departments.DepartmentFilter;
import dev.crosswalk.unified.interviews.Interview;
import dev.crosswalk.unified.interviews.InterviewFilter;
import dev.crosswalk.unified.jobformfields.JobFormField;
import dev.crosswalk.unified.jobformfields.JobFormFieldFilter;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStageFilter;
import dev.crosswalk.unified.jobs.Job;
import dev.crosswalk.unified.jobs.JobFilter;
import dev.crosswalk.unified.offers.Offer;
import dev.crosswalk.unified.offers.OfferFilter;
import dev.crosswalk.unified.offices.Office;
import dev.crosswalk.unified.offices.OfficeFilter;
import dev.crosswalk.unified.rejectreasons.RejectReason;
import dev.crosswalk.unified.scorecards.Scorecard;
import dev.crosswalk.unified.scorecards.ScorecardFilter;
import dev.crosswalk.unified.tags.Tag;
import dev.crosswalk.unified.tags.TagFilter;
import dev.crosswalk.unified.users.User;
import dev.crosswalk.unified.users.UserFilter;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The service-provider interface between the unified API and one ATS vendor. A vendor package
 * (such as {@code ashby/}) implements it; nothing in {@code unified/} knows a vendor's wire format.
 * Failures surface as {@link dev.crosswalk.web.CrosswalkException} with contract codes.
 */
public interface AtsConnector {

    /** The vendor's name in routes and stored credentials, e.g. {@code ashby}. */
    String vendor();

    /**
     * Checks an API key with the vendor before it is stored.
     * Rejected keys fail with {@code UPSTREAM_CREDENTIALS_REJECTED}.
     */
    Mono<CredentialCheck> verifyCredentials(Secret apiKey);

    /**
     * One page of candidates: {@code page.limit()} at most, from {@code page.position()} (null: the
     * first page). The returned next position is null exactly when this was the last page.
     */
    Mono<Page<Candidate>> listCandidates(TenantContext tenant, CandidateFilter filter, PageRequest page);

    /** One candidate; an unknown id fails with {@code NOT_FOUND}. */
    Mono<Candidate> getCandidate(TenantContext tenant, String id, boolean includeRemoteData);

    // --- candidate records and organisation people ---

    /** One page of the activities (notes) on a candidate's record; an unknown candidate fails with {@code NOT_FOUND}. */
    Mono<Page<Activity>> listActivities(TenantContext tenant, ActivityFilter filter, PageRequest page);

    /** One page of a candidate's files, each once; an unknown candidate fails with {@code NOT_FOUND}. */
    Mono<Page<Attachment>> listAttachments(TenantContext tenant, AttachmentFilter filter, PageRequest page);

    /**
     * One file of a candidate with a short-lived {@code file_url}; an unknown candidate, or a file
     * that candidate does not have, fails with {@code NOT_FOUND}.
     */
    Mono<Attachment> downloadAttachment(
            TenantContext tenant, String candidateId, String attachmentId, boolean includeRemoteData);

    /** One page of the ATS's users. */
    Mono<Page<User>> listUsers(TenantContext tenant, UserFilter filter, PageRequest page);

    /** One user; an unknown id fails with {@code NOT_FOUND}. */
    Mono<User> getUser(TenantContext tenant, String id, boolean includeRemoteData);

    /** One page of the candidate tags. */
    Mono<Page<Tag>> listTags(TenantContext tenant, TagFilter filter, PageRequest page);

    // --- hiring process ---

    /** One page of applications, like {@link #listCandidates}; an unknown {@code candidateId} lists nothing. */
    Mono<Page<Application>> listApplications(TenantContext tenant, ApplicationFilter filter, PageRequest page);

    /** One application; an unknown id fails with {@code NOT_FOUND}. */
    Mono<Application> getApplication(TenantContext tenant, String id, boolean includeRemoteData);

    /** One page of interviews, like {@link #listCandidates}. */
    Mono<Page<Interview>> listInterviews(TenantContext tenant, InterviewFilter filter, PageRequest page);

    /** One interview; an unknown id fails with {@code NOT_FOUND}. */
    Mono<Interview> getInterview(TenantContext tenant, String id, boolean includeRemoteData);

    /** One page of offers, like {@link #listCandidates}. */
    Mono<Page<Offer>> listOffers(TenantContext tenant, OfferFilter filter, PageRequest page);

    /** One offer; an unknown id fails with {@code NOT_FOUND}. */
    Mono<Offer> getOffer(TenantContext tenant, String id, boolean includeRemoteData);

    /** One page of submitted scorecards, like {@link #listCandidates}. */
    Mono<Page<Scorecard>> listScorecards(TenantContext tenant, ScorecardFilter filter, PageRequest page);

    /** One page of reject reasons, like {@link #listCandidates}. */
    Mono<Page<RejectReason>> listRejectReasons(TenantContext tenant, boolean includeArchived, PageRequest page);
    // --- jobs and organisation ---
    // Lists follow listCandidates' contract (at most page.limit() records from page.position(); next
    // position null exactly on the last page); gets fail with NOT_FOUND for an unknown id.

    Mono<Page<Job>> listJobs(TenantContext tenant, JobFilter filter, PageRequest page);

    Mono<Job> getJob(TenantContext tenant, String id, boolean includeRemoteData);

    /** The stages of every interview plan of one job, plan by plan; an unknown job fails with {@code NOT_FOUND}. */
    Mono<Page<JobInterviewStage>> listJobInterviewStages(
            TenantContext tenant, JobInterviewStageFilter filter, PageRequest page);

    Mono<JobInterviewStage> getJobInterviewStage(TenantContext tenant, String id, boolean includeRemoteData);

    /** The application-form fields of every posting of one job, posting by posting; an unknown job fails with {@code NOT_FOUND}. */
    Mono<Page<JobFormField>> listJobFormFields(TenantContext tenant, JobFormFieldFilter filter, PageRequest page);

    Mono<Page<Department>> listDepartments(TenantContext tenant, DepartmentFilter filter, PageRequest page);

    Mono<Department> getDepartment(TenantContext tenant, String id, boolean includeRemoteData);

    Mono<Page<Office>> listOffices(TenantContext tenant, OfficeFilter filter, PageRequest page);

    Mono<Office> getOffice(TenantContext tenant, String id, boolean includeRemoteData);

    /** What the vendor said about a key: its name there and the permissions it grants. */
    record CredentialCheck(String title, List<String> scopes) {}
}
