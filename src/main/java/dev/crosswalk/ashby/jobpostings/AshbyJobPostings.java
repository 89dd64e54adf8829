package dev.crosswalk.ashby.jobpostings;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.OffsetPages;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.jobpostings.JobPosting;
import dev.crosswalk.unified.jobpostings.JobPostingFilter;
import dev.crosswalk.unified.jobpostings.JobPostings;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Job postings from Ashby: {@code jobPosting.list} answers every posting of the external job board
 * at once (summaries), paged here by offset and filtered by job here; {@code jobPosting.info} reads
 * one posting with its description and application form.
 */
@Component
public class AshbyJobPostings extends Ashby.Part implements ResourceSource<JobPosting, JobPostingFilter> {

    private final AshbyClient client;
    private final JobPostingMapper mapper;

    public AshbyJobPostings(AshbyClient client, JobPostingMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<JobPosting, JobPostingFilter> resource() {
        return JobPostings.RESOURCE;
    }

    @Override
    public Mono<Page<JobPosting>> list(TenantContext tenant, JobPostingFilter filter, PageRequest page) {
        return all(tenant, filter.listedOnly())
                .map(all -> all.stream()
                        .filter(posting -> filter.jobId() == null
                                || filter.jobId().equals(posting.value().jobId()))
                        .toList())
                .map(ofJob -> OffsetPages.slice(ofJob, page)
                        .map(posting -> mapper.toJobPosting(
                                posting.value(), page.includeRemoteData() ? posting.json() : null)));
    }

    @Override
    public Mono<JobPosting> get(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("job posting", id));
        }
        return info(tenant, id)
                .map(posting -> mapper.toJobPosting(posting.value(), includeRemoteData ? posting.json() : null));
    }

    /** {@code jobPosting.list}: not paged, the published postings of every job (summaries, without forms). */
    public Mono<List<Received<AshbyJobPosting>>> all(TenantContext tenant, boolean listedOnly) {
        return client.all(
                tenant, "jobPosting.list", new JobPostingListRequest(listedOnly ? true : null), AshbyJobPosting.class);
    }

    /** {@code jobPosting.info}: one posting with its description and application form. */
    public Mono<Received<AshbyJobPosting>> info(TenantContext tenant, String id) {
        return client.one(tenant, "jobPosting.info", new JobPostingInfoRequest(id), AshbyJobPosting.class);
    }
}
