package dev.crosswalk.ashby;

import dev.crosswalk.ashby.mapping.JobFormFieldMapper;
import dev.crosswalk.ashby.mapping.JobInterviewStageMapper;
import dev.crosswalk.ashby.mapping.JobMapper;
import dev.crosswalk.ashby.model.AshbyJob;
import dev.crosswalk.ashby.model.AshbyJobPosting;
import dev.crosswalk.ashby.model.AshbyJobPosting.FieldEntry;
import dev.crosswalk.ashby.model.AshbyJobPosting.Section;
import dev.crosswalk.ashby.model.JobInfoRequest;
import dev.crosswalk.ashby.model.JobListRequest;
import dev.crosswalk.ashby.model.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.jobformfields.JobFormField;
import dev.crosswalk.unified.jobformfields.JobFormFieldFilter;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStageFilter;
import dev.crosswalk.unified.jobs.Job;
import dev.crosswalk.unified.jobs.JobFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Jobs and what hangs off them, for {@link AshbyConnector}: jobs are one Ashby page per unified
 * page; interview stages (job → its plans → each plan's stages) and application form fields
 * (job → its published postings → each posting's form) fan out through {@link FanOutPaging}.
 */
@Component
class AshbyJobs {

    /** Ashby's {@code job.list} leaves drafts out unless asked; a unified listing is complete. */
    private static final List<String> EVERY_STATUS = List.of("Draft", "Open", "Closed", "Archived");
    /** Adds the office's name to a job. */
    private static final List<String> EXPAND_LOCATION = List.of("location");

    private final AshbyClient client;
    private final JobMapper jobs;
    private final JobInterviewStageMapper stages;
    private final JobFormFieldMapper fields;

    AshbyJobs(AshbyClient client, JobMapper jobs, JobInterviewStageMapper stages, JobFormFieldMapper fields) {
        this.client = client;
        this.jobs = jobs;
        this.stages = stages;
        this.fields = fields;
    }

    Mono<Page<Job>> listJobs(TenantContext tenant, JobFilter filter, PageRequest page) {
        Long createdAfter =
                filter.createdAfter() == null ? null : filter.createdAfter().toEpochMilli();
        List<String> status =
                filter.status() == null ? EVERY_STATUS : List.of(JobMapper.ASHBY_STATUS.get(filter.status()));
        return client.listJobs(
                        tenant,
                        new JobListRequest(page.limit(), page.position(), createdAfter, status, EXPAND_LOCATION))
                .map(ashby -> new Page<>(
                        ashby.results().stream()
                                .map(job -> job(job, page.includeRemoteData()))
                                .toList(),
                        ashby.moreDataAvailable() ? ashby.nextCursor() : null));
    }

    Mono<Job> getJob(TenantContext tenant, String id, boolean includeRemoteData) {
        return jobInfo(tenant, id, EXPAND_LOCATION).map(job -> job(job, includeRemoteData));
    }

    Mono<Page<JobInterviewStage>> listJobInterviewStages(
            TenantContext tenant, JobInterviewStageFilter filter, PageRequest page) {
        String jobId = filter.jobId();
        return jobInfo(tenant, jobId, null)
                .flatMap(job -> {
                    List<String> plans = orEmpty(job.value().interviewPlanIds()).stream()
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList();
                    return new FanOutPaging<>(plans, plan -> plan, plan -> client.listInterviewStages(tenant, plan))
                            .page(page.position(), page.limit());
                })
                .map(found -> new Page<>(
                        found.records().stream()
                                .map(stage -> stages.toStage(
                                        stage.value(), jobId, page.includeRemoteData() ? stage.json() : null))
                                .toList(),
                        found.nextPosition()));
    }

    Mono<JobInterviewStage> getJobInterviewStage(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!AshbyConnector.isAshbyId(id)) {
            return Mono.error(notFound("interview stage", id));
        }
        return client.interviewStageInfo(tenant, id)
                .map(stage -> stages.toStage(stage.value(), null, includeRemoteData ? stage.json() : null));
    }

    /**
     * The job is looked up on the first page only, so that an unknown job is a 404 rather than an
     * empty list; later pages rely on the postings alone.
     */
    Mono<Page<JobFormField>> listJobFormFields(TenantContext tenant, JobFormFieldFilter filter, PageRequest page) {
        String jobId = filter.jobId();
        Mono<?> jobExists = page.position() == null ? jobInfo(tenant, jobId, null) : Mono.just(jobId);
        return jobExists
                .then(client.listJobPostings(tenant))
                .flatMap(postings -> {
                    List<String> ofJob = postings.stream()
                            .map(Received::value)
                            .filter(posting -> jobId.equals(posting.jobId()) && posting.id() != null)
                            .map(AshbyJobPosting::id)
                            .distinct()
                            .toList();
                    return new FanOutPaging<>(
                                    ofJob,
                                    posting -> posting,
                                    posting -> client.jobPostingInfo(tenant, posting)
                                            .map(PostedField::of))
                            .page(page.position(), page.limit());
                })
                .map(found -> new Page<>(
                        found.records().stream()
                                .map(field -> fields.toField(
                                        field.entry(),
                                        field.section(),
                                        jobId,
                                        field.jobPostingId(),
                                        page.includeRemoteData() ? field.json() : null))
                                .toList(),
                        found.nextPosition()));
    }

    private Mono<Received<AshbyJob>> jobInfo(TenantContext tenant, String id, List<String> expand) {
        if (!AshbyConnector.isAshbyId(id)) {
            // Ashby would call a malformed id invalid input; to the client it is simply an unknown job.
            return Mono.error(notFound("job", id));
        }
        return client.jobInfo(tenant, new JobInfoRequest(id, expand));
    }

    private Job job(Received<AshbyJob> received, boolean includeRemoteData) {
        return jobs.toJob(received.value(), includeRemoteData ? received.json() : null);
    }

    private static CrosswalkException notFound(String what, String id) {
        return new CrosswalkException(ProblemCode.NOT_FOUND, "No " + what + " with id " + id);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** One entry of a posting's application form, with what the entry itself does not say. */
    private record PostedField(String jobPostingId, String section, FieldEntry entry, JsonNode json) {

        /** The posting's form entries in form order; entries without a field (not in the spec) are skipped. */
        static List<PostedField> of(Received<AshbyJobPosting> posting) {
            List<PostedField> all = new ArrayList<>();
            AshbyJobPosting.FormDefinition form = posting.value().applicationFormDefinition();
            List<Section> sections = form == null ? List.of() : orEmpty(form.sections());
            JsonNode sectionsJson =
                    posting.json().path("applicationFormDefinition").path("sections");
            for (int s = 0; s < sections.size(); s++) {
                Section section = sections.get(s);
                List<FieldEntry> entries = section == null ? List.of() : orEmpty(section.fields());
                for (int f = 0; f < entries.size(); f++) {
                    FieldEntry entry = entries.get(f);
                    if (entry != null && entry.field() != null) {
                        all.add(new PostedField(
                                posting.value().id(),
                                section.title(),
                                entry,
                                sectionsJson.path(s).path("fields").path(f)));
                    }
                }
            }
            return List.copyOf(all);
        }
    }
}
