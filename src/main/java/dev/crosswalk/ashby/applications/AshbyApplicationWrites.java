package dev.crosswalk.ashby.applications;

import static dev.crosswalk.ashby.AshbyWriteChecks.checkIds;
import static dev.crosswalk.ashby.AshbyWriteChecks.createdSince;
import static dev.crosswalk.ashby.AshbyWriteChecks.idOf;
import static dev.crosswalk.ashby.AshbyWriteChecks.requireRecordId;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.ashby.candidates.AshbyCandidates;
import dev.crosswalk.ashby.jobinterviewstages.AshbyInterviewStage;
import dev.crosswalk.ashby.jobinterviewstages.AshbyJobInterviewStages;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.applications.ApplicationWrites;
import dev.crosswalk.unified.applications.NewApplication;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Instant;
import java.util.Comparator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Application writes as Ashby calls ({@code application.create}, {@code application.changeStage}),
 * each one attempt. A creation with an unknown outcome is found again among the candidate's
 * applications to the same job created since.
 */
@Component
class AshbyApplicationWrites extends Ashby.Part implements ApplicationWrites {

    private final AshbyClient client;
    private final AshbyApplications applications;
    private final AshbyCandidates candidates;
    private final AshbyJobInterviewStages stages;

    AshbyApplicationWrites(
            AshbyClient client,
            AshbyApplications applications,
            AshbyCandidates candidates,
            AshbyJobInterviewStages stages) {
        this.client = client;
        this.applications = applications;
        this.candidates = candidates;
        this.stages = stages;
    }

    @Override
    public Mono<Application> create(TenantContext tenant, NewApplication application) {
        return Mono.defer(() -> {
            checkIds(
                    "candidate.id",
                    application.candidate().id(),
                    "job.id",
                    application.job().id(),
                    "stage.id",
                    idOf(application.stage()),
                    "source.id",
                    idOf(application.source()));
            var request = new ApplicationCreateRequest(
                    application.candidate().id(),
                    application.job().id(),
                    idOf(application.stage()),
                    idOf(application.source()));
            return client.write(tenant, "application.create", request, AshbyApplication.class)
                    .map(this::application);
        });
    }

    /** The candidate's applications ({@code candidate.info} → {@code applicationIds}), read one by one, for one to the job. */
    @Override
    public Mono<Application> findCreated(TenantContext tenant, NewApplication application, Instant since) {
        String jobId = application.job().id();
        return candidates
                .info(tenant, application.candidate().id())
                .flatMapMany(candidate ->
                        Flux.fromIterable(Ashby.orEmpty(candidate.value().applicationIds())))
                .flatMap(id -> applications.info(tenant, id), 2)
                .filter(received -> received.value().job() != null
                        && jobId.equals(received.value().job().id()))
                .filter(received -> createdSince(received.value().createdAt(), since))
                .sort(Comparator.comparing(received -> received.value().createdAt()))
                .next()
                .map(this::application);
    }

    @Override
    public Mono<Application> moveStage(TenantContext tenant, String applicationId, String stageId) {
        return Mono.defer(() -> {
            requireRecordId(applicationId, "application");
            checkIds("stage.id", stageId);
            return changeStage(tenant, new StageChangeRequest(applicationId, stageId, null));
        });
    }

    /**
     * Ashby archives by moving to the Archived stage of the application's own interview plan
     * ({@code application.info} → plan → {@code interviewStage.list}) with an archive reason.
     */
    @Override
    public Mono<Application> reject(TenantContext tenant, String applicationId, String rejectReasonId) {
        return Mono.defer(() -> {
            requireRecordId(applicationId, "application");
            checkIds("reject_reason.id", rejectReasonId);
            return applications
                    .info(tenant, applicationId)
                    .flatMap(application -> archivedStage(tenant, application.value()))
                    .flatMap(stage ->
                            changeStage(tenant, new StageChangeRequest(applicationId, stage.id(), rejectReasonId)));
        });
    }

    private Mono<AshbyInterviewStage> archivedStage(TenantContext tenant, AshbyApplication application) {
        String planId = application.currentInterviewStage() == null
                ? null
                : application.currentInterviewStage().interviewPlanId();
        if (planId == null) {
            return Mono.error(new CrosswalkException(
                    ProblemCode.UPSTREAM_ERROR,
                    "Ashby did not say which interview plan application " + application.id() + " follows"));
        }
        return stages.ofPlan(tenant, planId)
                .flatMap(found -> Mono.justOrEmpty(found.stream()
                        .map(Received::value)
                        .filter(stage -> "Archived".equals(stage.type()))
                        .findFirst()))
                .switchIfEmpty(Mono.error(() -> new CrosswalkException(
                        ProblemCode.CONFLICT,
                        "The application's interview plan has no Archived stage to reject it into")));
    }

    private Mono<Application> changeStage(TenantContext tenant, StageChangeRequest request) {
        return client.write(tenant, "application.changeStage", request, AshbyApplication.class)
                .map(this::application);
    }

    private Application application(Received<AshbyApplication> received) {
        return applications.application(received, false);
    }
}
