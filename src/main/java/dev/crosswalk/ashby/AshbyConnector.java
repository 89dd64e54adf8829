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
import dev.crosswalk.unified.candidates.Candidate;
import dev.crosswalk.unified.candidates.CandidateFilter;
import dev.crosswalk.unified.departments.Department;
import dev.crosswalk.unified.departments.DepartmentFilter;
import dev.crosswalk.unified.jobformfields.JobFormField;
import dev.crosswalk.unified.jobformfields.JobFormFieldFilter;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStageFilter;
import dev.crosswalk.unified.jobs.Job;
import dev.crosswalk.unified.jobs.JobFilter;
import dev.crosswalk.unified.offices.Office;
import dev.crosswalk.unified.offices.OfficeFilter;
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
    private final AshbyJobs jobs;
    private final AshbyOrganisation organisation;

    AshbyConnector(AshbyClient client, CandidateMapper candidates, AshbyJobs jobs, AshbyOrganisation organisation) {
        this.client = client;
        this.candidates = candidates;
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
                .map(key -> new CredentialCheck(key.title(), key.scopes() == null ? List.of() : List.copyOf(key.scopes())));
    }

    @Override
    public Mono<Page<Candidate>> listCandidates(TenantContext tenant, CandidateFilter filter, PageRequest page) {
        if (filter.isSearch()) {
            return searchCandidates(tenant, filter, page);
        }
        Long createdAfter = filter.createdAfter() == null ? null : filter.createdAfter().toEpochMilli();
        return client.listCandidates(tenant, new CandidateListRequest(page.limit(), page.position(), createdAfter))
                .map(ashby -> new Page<>(candidates(ashby.results(), page.includeRemoteData()),
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
    public Mono<Page<JobInterviewStage>> listJobInterviewStages(TenantContext tenant, JobInterviewStageFilter filter, PageRequest page) {
        return jobs.listJobInterviewStages(tenant, filter, page);
    }

    @Override
    public Mono<JobInterviewStage> getJobInterviewStage(TenantContext tenant, String id, boolean includeRemoteData) {
        return jobs.getJobInterviewStage(tenant, id, includeRemoteData);
    }

    @Override
    public Mono<Page<JobFormField>> listJobFormFields(TenantContext tenant, JobFormFieldFilter filter, PageRequest page) {
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
                    List<Received<AshbyCandidate>> slice = offset >= found.size() ? List.of() : found.subList(offset, end);
                    return new Page<>(candidates(slice, page.includeRemoteData()), end < found.size() ? Integer.toString(end) : null);
                });
    }

    private List<Candidate> candidates(List<Received<AshbyCandidate>> received, boolean includeRemoteData) {
        return received.stream().map(candidate -> candidate(candidate, includeRemoteData)).toList();
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
            throw new CrosswalkException(ProblemCode.INVALID_CURSOR, "Parameter 'next_cursor' does not belong to this search");
        }
    }

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
