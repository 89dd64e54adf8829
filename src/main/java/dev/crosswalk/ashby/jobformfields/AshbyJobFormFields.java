package dev.crosswalk.ashby.jobformfields;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.ashby.jobpostings.AshbyJobPosting;
import dev.crosswalk.ashby.jobpostings.AshbyJobPosting.FieldEntry;
import dev.crosswalk.ashby.jobpostings.AshbyJobPosting.Section;
import dev.crosswalk.ashby.jobpostings.AshbyJobPostings;
import dev.crosswalk.ashby.jobs.AshbyJobs;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.FanOutPaging;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.jobformfields.JobFormField;
import dev.crosswalk.unified.jobformfields.JobFormFieldFilter;
import dev.crosswalk.unified.jobformfields.JobFormFields;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A job's application form fields from Ashby, which keeps forms per posting: the job's published
 * postings ({@code jobPosting.list}), then each posting's form ({@code jobPosting.info}), paged
 * across postings by {@link FanOutPaging}. The job is looked up on the first page only, so that an
 * unknown job is a 404 rather than an empty list; later pages rely on the postings alone.
 */
@Component
class AshbyJobFormFields extends Ashby.Part implements ResourceSource<JobFormField, JobFormFieldFilter> {

    private final AshbyJobs jobs;
    private final AshbyJobPostings postings;
    private final JobFormFieldMapper mapper;

    AshbyJobFormFields(AshbyJobs jobs, AshbyJobPostings postings, JobFormFieldMapper mapper) {
        this.jobs = jobs;
        this.postings = postings;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<JobFormField, JobFormFieldFilter> resource() {
        return JobFormFields.RESOURCE;
    }

    @Override
    public Mono<Page<JobFormField>> list(TenantContext tenant, JobFormFieldFilter filter, PageRequest page) {
        String jobId = filter.jobId();
        Mono<?> jobExists = page.position() == null ? jobs.info(tenant, jobId) : Mono.just(jobId);
        return jobExists
                .then(postings.all(tenant, false))
                .flatMap(all -> {
                    List<String> ofJob = all.stream()
                            .map(Received::value)
                            .filter(posting -> jobId.equals(posting.jobId()) && posting.id() != null)
                            .map(AshbyJobPosting::id)
                            .distinct()
                            .toList();
                    return new FanOutPaging<>(
                                    ofJob,
                                    posting -> posting,
                                    posting -> postings.info(tenant, posting).map(PostedField::of))
                            .page(page.position(), page.limit());
                })
                .map(found -> found.map(field -> mapper.toField(
                        field.entry(),
                        field.section(),
                        jobId,
                        field.jobPostingId(),
                        page.includeRemoteData() ? field.json() : null)));
    }

    /** One entry of a posting's application form, with what the entry itself does not say. */
    private record PostedField(String jobPostingId, String section, FieldEntry entry, JsonNode json) {

        /** The posting's form entries in form order; entries without a field (not in the spec) are skipped. */
        static List<PostedField> of(Received<AshbyJobPosting> posting) {
            List<PostedField> all = new ArrayList<>();
            AshbyJobPosting.FormDefinition form = posting.value().applicationFormDefinition();
            List<Section> sections = form == null ? List.of() : Ashby.orEmpty(form.sections());
            JsonNode sectionsJson =
                    posting.json().path("applicationFormDefinition").path("sections");
            for (int s = 0; s < sections.size(); s++) {
                Section section = sections.get(s);
                List<FieldEntry> entries = section == null ? List.of() : Ashby.orEmpty(section.fields());
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
