package dev.crosswalk.ashby;

import dev.crosswalk.ashby.mapping.CandidateMapper;
import dev.crosswalk.ashby.model.AshbyCandidate;
import dev.crosswalk.ashby.model.CandidateListRequest;
import dev.crosswalk.ashby.model.CandidateSearchRequest;
import dev.crosswalk.ashby.model.Received;
import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.AtsConnector;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
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
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Ashby behind the vendor-neutral SPI: Ashby's methods called, its objects mapped to unified
 * records. One unified page is one Ashby page of the same size; the position handed back is
 * Ashby's own cursor (or, for the unpaged {@code candidate.search}, an offset into its answer).
 */
@Component
class AshbyConnector implements AtsConnector {

    private final AshbyClient client;
    private final CandidateMapper candidates;
    private final AshbyCandidateRecords candidateRecords;
    private final AshbyUsersAndTags usersAndTags;
    private final AshbyHiringProcess hiringProcess;
    private final AshbyJobs jobs;
    private final AshbyOrganisation organisation;

    AshbyConnector(
            AshbyClient client,
            CandidateMapper candidates,
            AshbyCandidateRecords candidateRecords,
            AshbyUsersAndTags usersAndTags,
            AshbyHiringProcess hiringProcess,
            AshbyJobs jobs,
            AshbyOrganisation organisation) {
        this.client = client;
        this.candidates = candidates;
        this.candidateRecords = candidateRecords;
        this.usersAndTags = usersAndTags;
        this.hiringProcess = hiringProcess;
        this.jobs = jobs;
        this.organisation = organisation;
    }

    @Override
    public String vendor() {
        return "ashby";
    }

    @Override
    public Mono<CredentialCheck> verifyCredentials(Secret apiKey) {
        return client.apiKeyInfo(apiKey)
                .map(key ->
                        new CredentialCheck(key.title(), key.scopes() == null ? List.of() : List.copyOf(key.scopes())));
    }

    @Override
    public Mono<Page<Candidate>> listCandidates(TenantContext tenant, CandidateFilter filter, PageRequest page) {
        if (filter.isSearch()) {
            return searchCandidates(tenant, filter, page);
        }
        Long createdAfter =
                filter.createdAfter() == null ? null : filter.createdAfter().toEpochMilli();
        return client.listCandidates(tenant, new CandidateListRequest(page.limit(), page.position(), createdAfter))
                .map(ashby -> new Page<>(
                        candidates(ashby.results(), page.includeRemoteData()),
                        ashby.moreDataAvailable() ? ashby.nextCursor() : null));
    }

    @Override
    public Mono<Candidate> getCandidate(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!isAshbyId(id)) {
            // Ashby would call a malformed id invalid input; to the client it is simply an unknown id.
            return Mono.error(new CrosswalkException(ProblemCode.NOT_FOUND, "No candidate with id " + id));
        }
        return client.candidateInfo(tenant, id).map(received -> candidate(received, includeRemoteData));
    }

    // --- candidate records and organisation people ---

    @Override
    public Mono<Page<Activity>> listActivities(TenantContext tenant, ActivityFilter filter, PageRequest page) {
        return candidateRecords.listActivities(tenant, filter, page);
    }

    @Override
    public Mono<Page<Attachment>> listAttachments(TenantContext tenant, AttachmentFilter filter, PageRequest page) {
        return candidateRecords.listAttachments(tenant, filter, page);
    }

    @Override
    public Mono<Attachment> downloadAttachment(
            TenantContext tenant, String candidateId, String attachmentId, boolean includeRemoteData) {
        return candidateRecords.downloadAttachment(tenant, candidateId, attachmentId, includeRemoteData);
    }

    @Override
    public Mono<Page<User>> listUsers(TenantContext tenant, UserFilter filter, PageRequest page) {
        return usersAndTags.listUsers(tenant, filter, page);
    }

    @Override
    public Mono<User> getUser(TenantContext tenant, String id, boolean includeRemoteData) {
        return usersAndTags.getUser(tenant, id, includeRemoteData);
    }

    @Override
    public Mono<Page<Tag>> listTags(TenantContext tenant, TagFilter filter, PageRequest page) {
        return usersAndTags.listTags(tenant, filter, page);
    }

    // --- hiring process ---

    @Override
    public Mono<Page<Application>> listApplications(TenantContext tenant, ApplicationFilter filter, PageRequest page) {
        return hiringProcess.listApplications(tenant, filter, page);
    }

    @Override
    public Mono<Application> getApplication(TenantContext tenant, String id, boolean includeRemoteData) {
        return hiringProcess.getApplication(tenant, id, includeRemoteData);
    }

    @Override
    public Mono<Page<Interview>> listInterviews(TenantContext tenant, InterviewFilter filter, PageRequest page) {
        return hiringProcess.listInterviews(tenant, filter, page);
    }

    @Override
    public Mono<Interview> getInterview(TenantContext tenant, String id, boolean includeRemoteData) {
        return hiringProcess.getInterview(tenant, id, includeRemoteData);
    }

    @Override
    public Mono<Page<Offer>> listOffers(TenantContext tenant, OfferFilter filter, PageRequest page) {
        return hiringProcess.listOffers(tenant, filter, page);
    }

    @Override
    public Mono<Offer> getOffer(TenantContext tenant, String id, boolean includeRemoteData) {
        return hiringProcess.getOffer(tenant, id, includeRemoteData);
    }

    @Override
    public Mono<Page<Scorecard>> listScorecards(TenantContext tenant, ScorecardFilter filter, PageRequest page) {
        return hiringProcess.listScorecards(tenant, filter, page);
    }

    @Override
    public Mono<Page<RejectReason>> listRejectReasons(TenantContext tenant, boolean includeArchived, PageRequest page) {
        return hiringProcess.listRejectReasons(tenant, includeArchived, page);
    }

    // --- jobs and organisation ---

    @Override
    public Mono<Page<Job>> listJobs(TenantContext tenant, JobFilter filter, PageRequest page) {
        return jobs.listJobs(tenant, filter, page);
    }

    @Override
    public Mono<Job> getJob(TenantContext tenant, String id, boolean includeRemoteData) {
        return jobs.getJob(tenant, id, includeRemoteData);
    }

    @Override
    public Mono<Page<JobInterviewStage>> listJobInterviewStages(
            TenantContext tenant, JobInterviewStageFilter filter, PageRequest page) {
        return jobs.listJobInterviewStages(tenant, filter, page);
    }

    @Override
    public Mono<JobInterviewStage> getJobInterviewStage(TenantContext tenant, String id, boolean includeRemoteData) {
        return jobs.getJobInterviewStage(tenant, id, includeRemoteData);
    }

    @Override
    public Mono<Page<JobFormField>> listJobFormFields(
            TenantContext tenant, JobFormFieldFilter filter, PageRequest page) {
        return jobs.listJobFormFields(tenant, filter, page);
    }

    @Override
    public Mono<Page<Department>> listDepartments(TenantContext tenant, DepartmentFilter filter, PageRequest page) {
        return organisation.listDepartments(tenant, filter, page);
    }

    @Override
    public Mono<Department> getDepartment(TenantContext tenant, String id, boolean includeRemoteData) {
        return organisation.getDepartment(tenant, id, includeRemoteData);
    }

    @Override
    public Mono<Page<Office>> listOffices(TenantContext tenant, OfficeFilter filter, PageRequest page) {
        return organisation.listOffices(tenant, filter, page);
    }

    @Override
    public Mono<Office> getOffice(TenantContext tenant, String id, boolean includeRemoteData) {
        return organisation.getOffice(tenant, id, includeRemoteData);
    }

    /** {@code candidate.search} answers once with every match (at most 100); pages are slices of it. */
    private Mono<Page<Candidate>> searchCandidates(TenantContext tenant, CandidateFilter filter, PageRequest page) {
        int offset = searchOffset(page.position());
        return client.searchCandidates(tenant, new CandidateSearchRequest(filter.email(), filter.name()))
                .map(found -> {
                    int end = Math.min(found.size(), offset + page.limit());
                    List<Received<AshbyCandidate>> slice =
                            offset >= found.size() ? List.of() : found.subList(offset, end);
                    return new Page<>(
                            candidates(slice, page.includeRemoteData()),
                            end < found.size() ? Integer.toString(end) : null);
                });
    }

    private List<Candidate> candidates(List<Received<AshbyCandidate>> received, boolean includeRemoteData) {
        return received.stream()
                .map(candidate -> candidate(candidate, includeRemoteData))
                .toList();
    }

    private Candidate candidate(Received<AshbyCandidate> received, boolean includeRemoteData) {
        return candidates.toCandidate(received.value(), includeRemoteData ? received.json() : null);
    }

    private static int searchOffset(String position) {
        if (position == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(position));
        } catch (NumberFormatException e) {
            // a sealed cursor from a full listing replayed after switching to a search
            throw new CrosswalkException(
                    ProblemCode.INVALID_CURSOR, "Parameter 'next_cursor' does not belong to this search");
        }
    }

    /** Ashby ids are UUIDs; anything else cannot name a record there. */
    /** Whether {@code id} has the shape of an Ashby id; other ids are unknown without asking Ashby. */
    static boolean isAshbyId(String id) {
        try {
            UUID.fromString(id);
            return id.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
