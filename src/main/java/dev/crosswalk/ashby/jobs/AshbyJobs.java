package dev.crosswalk.ashby.jobs;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.jobs.Job;
import dev.crosswalk.unified.jobs.JobFilter;
import dev.crosswalk.unified.jobs.Jobs;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Jobs from Ashby: {@code job.list} one Ashby page per unified page, every status unless the client
 * names one (Ashby leaves drafts out by default), with the office's name expanded; {@code job.info}
 * by id.
 */
@Component
public class AshbyJobs extends Ashby.Part implements ResourceSource<Job, JobFilter> {

    /** Ashby's {@code job.list} leaves drafts out unless asked; a unified listing is complete. */
    private static final List<String> EVERY_STATUS = List.of("Draft", "Open", "Closed", "Archived");
    /** Adds the office's name to a job. */
    private static final List<String> EXPAND_LOCATION = List.of("location");

    private final AshbyClient client;
    private final JobMapper mapper;

    public AshbyJobs(AshbyClient client, JobMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Job, JobFilter> resource() {
        return Jobs.RESOURCE;
    }

    @Override
    public Mono<Page<Job>> list(TenantContext tenant, JobFilter filter, PageRequest page) {
        List<String> status =
                filter.status() == null ? EVERY_STATUS : List.of(JobMapper.ASHBY_STATUS.get(filter.status()));
        JobListRequest request = new JobListRequest(
                page.limit(), page.position(), Ashby.epochMillis(filter.createdAfter()), status, EXPAND_LOCATION);
        return client.page(tenant, "job.list", request, AshbyJob.class)
                .map(ashby -> Ashby.page(ashby, job -> job(job, page.includeRemoteData())));
    }

    @Override
    public Mono<Job> get(TenantContext tenant, String id, boolean includeRemoteData) {
        return info(tenant, id, EXPAND_LOCATION).map(job -> job(job, includeRemoteData));
    }

    /**
     * {@code job.info}, with {@code expand} (null: none); an id that cannot be Ashby's is an unknown
     * job rather than Ashby's invalid input.
     */
    public Mono<Received<AshbyJob>> info(TenantContext tenant, String id, List<String> expand) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("job", id));
        }
        return client.one(tenant, "job.info", new JobInfoRequest(id, expand), AshbyJob.class);
    }

    private Job job(Received<AshbyJob> received, boolean includeRemoteData) {
        return mapper.toJob(received.value(), includeRemoteData ? received.json() : null);
    }
}
