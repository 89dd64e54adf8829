package dev.crosswalk.unified;

import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
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

    // --- jobs and organisation ---
    // Lists follow listCandidates' contract (at most page.limit() records from page.position(); next
    // position null exactly on the last page); gets fail with NOT_FOUND for an unknown id.

    Mono<Page<Job>> listJobs(TenantContext tenant, JobFilter filter, PageRequest page);

    Mono<Job> getJob(TenantContext tenant, String id, boolean includeRemoteData);

    /** The stages of every interview plan of one job, plan by plan; an unknown job fails with {@code NOT_FOUND}. */
    Mono<Page<JobInterviewStage>> listJobInterviewStages(TenantContext tenant, JobInterviewStageFilter filter, PageRequest page);

    Mono<JobInterviewStage> getJobInterviewStage(TenantContext tenant, String id, boolean includeRemoteData);

    /** The application-form fields of every posting of one job, posting by posting; an unknown job fails with {@code NOT_FOUND}. */
    Mono<Page<JobFormField>> listJobFormFields(TenantContext tenant, JobFormFieldFilter filter, PageRequest page);

    Mono<Page<Department>> listDepartments(TenantContext tenant, DepartmentFilter filter, PageRequest page);

    Mono<Department> getDepartment(TenantContext tenant, String id, boolean includeRemoteData);

    Mono<Page<Office>> listOffices(TenantContext tenant, OfficeFilter filter, PageRequest page);

    Mono<Office> getOffice(TenantContext tenant, String id, boolean includeRemoteData);

    /** What the vendor said about a key: its name there and the permissions it grants. */
    record CredentialCheck(String title, List<String> scopes) {
    }
}
