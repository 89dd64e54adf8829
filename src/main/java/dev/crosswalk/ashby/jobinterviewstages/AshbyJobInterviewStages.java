package dev.crosswalk.ashby.jobinterviewstages;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.ashby.jobs.AshbyJobs;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.FanOutPaging;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStageFilter;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStages;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A job's interview stages from Ashby, which lists stages per interview plan only: the job's plans
 * ({@code job.info} → {@code interviewPlanIds}), then each plan's stages ({@code interviewStage.list}),
 * paged across plans by {@link FanOutPaging}; {@code interviewStage.info} by id.
 */
@Component
public class AshbyJobInterviewStages extends Ashby.Part
        implements ResourceSource<JobInterviewStage, JobInterviewStageFilter> {

    private final AshbyClient client;
    private final AshbyJobs jobs;
    private final JobInterviewStageMapper mapper;

    AshbyJobInterviewStages(AshbyClient client, AshbyJobs jobs, JobInterviewStageMapper mapper) {
        this.client = client;
        this.jobs = jobs;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<JobInterviewStage, JobInterviewStageFilter> resource() {
        return JobInterviewStages.RESOURCE;
    }

    @Override
    public Mono<Page<JobInterviewStage>> list(TenantContext tenant, JobInterviewStageFilter filter, PageRequest page) {
        String jobId = filter.jobId();
        return jobs.info(tenant, jobId)
                .flatMap(job -> {
                    List<String> plans = Ashby.orEmpty(job.value().interviewPlanIds()).stream()
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList();
                    return new FanOutPaging<>(plans, plan -> plan, plan -> ofPlan(tenant, plan))
                            .page(page.position(), page.limit());
                })
                .map(found -> found.map(
                        stage -> mapper.toStage(stage.value(), jobId, page.includeRemoteData() ? stage.json() : null)));
    }

    @Override
    public Mono<JobInterviewStage> get(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("interview stage", id));
        }
        return client.one(tenant, "interviewStage.info", new InterviewStageInfoRequest(id), AshbyInterviewStage.class)
                .map(stage -> mapper.toStage(stage.value(), null, includeRemoteData ? stage.json() : null));
    }

    /** {@code interviewStage.list}: not paged, every stage of the plan in plan order. */
    public Mono<List<Received<AshbyInterviewStage>>> ofPlan(TenantContext tenant, String interviewPlanId) {
        return client.all(
                tenant,
                "interviewStage.list",
                new InterviewStageListRequest(interviewPlanId),
                AshbyInterviewStage.class);
    }
}
