package dev.crosswalk.ashby.jobs;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyPagedSource;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.PageRequest;
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
 * by id. The resources that hang off a job read it through {@link #info}.
 */
@Component
public class AshbyJobs extends AshbyPagedSource<AshbyJob, Job, JobFilter> {

    /** Ashby's {@code job.list} leaves drafts out unless asked; a unified listing is complete. */
    private static final List<String> EVERY_STATUS = List.of("Draft", "Open", "Closed", "Archived");
    /** Adds the office's name to a job. */
    private static final List<String> EXPAND_LOCATION = List.of("location");

    private final AshbyClient client;
    private final JobMapper mapper;

    public AshbyJobs(AshbyClient client, JobMapper mapper) {
        super(client, AshbyJob.class, "job.list", "job.info");
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Job, JobFilter> resource() {
        return Jobs.RESOURCE;
    }

    @Override
    protected Object listRequest(JobFilter filter, PageRequest page) {
        List<String> status =
                filter.status() == null ? EVERY_STATUS : List.of(JobMapper.ASHBY_STATUS.get(filter.status()));
        return new JobListRequest(
                page.limit(),
                page.position(),
                Ashby.epochMillis(filter.createdAfter()),
                status,
                EXPAND_LOCATION,
                page.syncToken());
    }

    @Override
    protected Object infoRequest(String id) {
        return new JobInfoRequest(id, EXPAND_LOCATION);
    }

    @Override
    protected Job toUnified(AshbyJob job, Object remoteData) {
        return mapper.toJob(job, remoteData);
    }

    /**
     * {@code job.info} without expansions, for what hangs off a job; an id that cannot be Ashby's is
     * an unknown job rather than Ashby's invalid input.
     */
    public Mono<Received<AshbyJob>> info(TenantContext tenant, String id) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("job", id));
        }
        return client.one(tenant, "job.info", new JobInfoRequest(id, null), AshbyJob.class);
    }
}
