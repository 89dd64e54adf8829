package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.Application;
import dev.crosswalk.sandbox.AshbyObjects.ApplicationHistoryEntry;
import dev.crosswalk.sandbox.AshbyObjects.ArchiveReason;
import dev.crosswalk.sandbox.AshbyObjects.Candidate;
import dev.crosswalk.sandbox.AshbyObjects.InterviewStage;
import dev.crosswalk.sandbox.AshbyObjects.Job;
import dev.crosswalk.sandbox.AshbyObjects.Source;
import dev.crosswalk.sandbox.AshbyObjects.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code application.*} and {@code applicationFeedback.list}. Stage moves follow Ashby's rules:
 * the stage must belong to the application's interview plan, an Archived stage needs an
 * {@code archiveReasonId}, and the status follows the stage type.
 */
final class ApplicationMethods {

    private static final List<String> HISTORY_ACTIONS = List.of("set_entered_at", "delete");

    private final SandboxPaging paging;

    ApplicationMethods(SandboxPaging paging) {
        this.paging = paging;
    }

    List<SandboxMethod> methods() {
        return List.of(
                new SandboxMethod("application.list", "candidates:read", this::list),
                new SandboxMethod("application.info", "candidates:read", this::info),
                new SandboxMethod("application.create", "candidates:write", this::create),
                new SandboxMethod("application.changeStage", "candidates:write", this::changeStage),
                new SandboxMethod("applicationFeedback.list", "candidates:read", this::feedback));
    }

    private Object list(SandboxCall call) {
        String status = call.request().string("status");
        UUID jobId = call.request().uuid("jobId");
        if (jobId != null && !call.seesJob(jobId)) {
            return paging.page(call, call.org().applications, jobId, row -> false, Application::withoutHistory);
        }
        return paging.page(
                call,
                call.org().applications,
                jobId,
                row -> (status == null || status.equals(row.value().status())) && call.seesJob(row.group()),
                Application::withoutHistory);
    }

    private Object info(SandboxCall call) {
        // Form submissions are not simulated: a submittedFormInstanceId never matches.
        UUID id = call.request().uuid("applicationId");
        return new SandboxJson.Result(visibleApplication(call, id));
    }

    private Object create(SandboxCall call) {
        SandboxRequest request = call.request();
        SandboxOrganisation org = call.org();
        Job job = org.jobs.get(request.uuid("jobId"));
        if (!call.seesJob(job)) {
            throw SandboxFailure.notFound("job");
        }
        if ("Draft".equals(job.status()) || "Archived".equals(job.status())) {
            throw SandboxFailure.invalidInput("Job " + job.id() + " is " + job.status() + " and takes no applications");
        }
        UUID planId = request.has("interviewPlanId") ? request.uuid("interviewPlanId") : job.defaultInterviewPlanId();
        if (!job.interviewPlanIds().contains(planId)) {
            throw SandboxFailure.invalidInput("interviewPlanId is not an interview plan of the job");
        }
        InterviewStage stage = request.has("interviewStageId")
                ? stageOfPlan(org, request.uuid("interviewStageId"), planId)
                : firstStage(org, planId);
        if ("Archived".equals(stage.type())) {
            throw SandboxFailure.invalidInput("A new application cannot start in an Archived stage");
        }
        Source source = CandidateMethods.source(org, request.uuid("sourceId"));
        User creditedTo = CandidateMethods.user(org, request.uuid("creditedToUserId"));
        org.writeLock.lock();
        try {
            Candidate candidate = CandidateMethods.visibleCandidate(call, request.uuid("candidateId"));
            for (UUID existingId : candidate.applicationIds()) {
                Application existing = org.applications.get(existingId);
                if (existing != null && existing.job().id().equals(job.id()) && !"Archived".equals(existing.status())) {
                    throw SandboxFailure.invalidInput("The candidate already has an open application for this job");
                }
            }
            Instant now = org.now();
            Instant createdAt = request.has("createdAt") ? request.instant("createdAt") : now;
            UUID id = UUID.randomUUID();
            List<ApplicationHistoryEntry> history = List.of(new ApplicationHistoryEntry(
                    UUID.randomUUID(),
                    stage.id(),
                    stage.title(),
                    createdAt,
                    null,
                    stage.orderInInterviewPlan(),
                    HISTORY_ACTIONS,
                    org.apiUser.id()));
            Application application = new Application(
                    id,
                    createdAt,
                    now,
                    statusOf(stage),
                    List.of(),
                    candidate.summary(),
                    stage,
                    source != null ? source : candidate.source(),
                    null,
                    null,
                    job.summary(),
                    creditedTo,
                    job.hiringTeam(),
                    null,
                    history);
            org.applications.put(id, createdAt.toEpochMilli(), job.id(), application, org.nextChange());
            List<UUID> applicationIds = new ArrayList<>(candidate.applicationIds());
            applicationIds.add(id);
            CandidateMethods.save(
                    org,
                    new Candidate(
                            candidate.id(),
                            candidate.createdAt(),
                            now,
                            candidate.name(),
                            candidate.primaryEmailAddress(),
                            candidate.emailAddresses(),
                            candidate.primaryPhoneNumber(),
                            candidate.phoneNumbers(),
                            candidate.socialLinks(),
                            candidate.tags(),
                            candidate.position(),
                            candidate.company(),
                            candidate.school(),
                            List.copyOf(applicationIds),
                            candidate.resumeFileHandle(),
                            candidate.fileHandles(),
                            candidate.customFields(),
                            candidate.profileUrl(),
                            candidate.source(),
                            candidate.creditedToUser(),
                            candidate.timezone(),
                            candidate.location()));
            return new SandboxJson.Result(application.withoutHistory());
        } finally {
            org.writeLock.unlock();
        }
    }

    private Object changeStage(SandboxCall call) {
        SandboxRequest request = call.request();
        SandboxOrganisation org = call.org();
        org.writeLock.lock();
        try {
            Application current = visibleApplication(call, request.uuid("applicationId"));
            InterviewStage stage = org.interviewStages.get(request.uuid("interviewStageId"));
            if (stage == null) {
                throw SandboxFailure.notFound("interview_stage");
            }
            if (!stage.interviewPlanId().equals(current.currentInterviewStage().interviewPlanId())) {
                throw SandboxFailure.invalidInput("The stage is not part of the application's interview plan");
            }
            ArchiveReason reason = null;
            if ("Archived".equals(stage.type())) {
                if (!request.has("archiveReasonId")) {
                    throw SandboxFailure.invalidInput("archiveReasonId is required when moving to an Archived stage");
                }
                reason = org.archiveReasons.get(request.uuid("archiveReasonId"));
                if (reason == null) {
                    throw SandboxFailure.notFound("archive_reason");
                }
            }
            Instant now = org.now();
            List<ApplicationHistoryEntry> history = new ArrayList<>(current.applicationHistory());
            if (!history.isEmpty()) {
                ApplicationHistoryEntry last = history.get(history.size() - 1);
                history.set(
                        history.size() - 1,
                        new ApplicationHistoryEntry(
                                last.id(),
                                last.stageId(),
                                last.title(),
                                last.enteredStageAt(),
                                now,
                                last.stageNumber(),
                                last.allowedActions(),
                                last.actorId()));
            }
            history.add(new ApplicationHistoryEntry(
                    UUID.randomUUID(),
                    stage.id(),
                    stage.title(),
                    now,
                    null,
                    stage.orderInInterviewPlan(),
                    HISTORY_ACTIONS,
                    org.apiUser.id()));
            Application moved = new Application(
                    current.id(),
                    current.createdAt(),
                    now,
                    statusOf(stage),
                    current.customFields(),
                    current.candidate(),
                    stage,
                    current.source(),
                    reason,
                    reason != null ? now : null,
                    current.job(),
                    current.creditedToUser(),
                    current.hiringTeam(),
                    current.appliedViaJobPostingId(),
                    List.copyOf(history));
            SandboxTable.Row<Application> row = org.applications.row(current.id());
            org.applications.put(current.id(), row.key().createdMs(), row.group(), moved, org.nextChange());
            return new SandboxJson.Result(moved.withoutHistory());
        } finally {
            org.writeLock.unlock();
        }
    }

    private Object feedback(SandboxCall call) {
        UUID applicationId = call.request().uuid("applicationId");
        if (applicationId != null && !call.seesApplication(applicationId)) {
            return paging.page(call, call.org().feedback, applicationId, row -> false, f -> f);
        }
        return paging.page(call, call.org().feedback, applicationId, row -> call.seesApplication(row.group()), f -> f);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static Application visibleApplication(SandboxCall call, UUID id) {
        SandboxTable.Row<Application> row = call.org().applications.row(id);
        if (row == null || !call.seesJob(row.group())) {
            throw SandboxFailure.notFound("application");
        }
        return row.value();
    }

    private static InterviewStage stageOfPlan(SandboxOrganisation org, UUID stageId, UUID planId) {
        InterviewStage stage = org.interviewStages.get(stageId);
        if (stage == null) {
            throw SandboxFailure.notFound("interview_stage");
        }
        if (!stage.interviewPlanId().equals(planId)) {
            throw SandboxFailure.invalidInput("The stage is not part of the interview plan");
        }
        return stage;
    }

    /** Where Ashby puts a new application: the first stage after Lead. */
    private static InterviewStage firstStage(SandboxOrganisation org, UUID planId) {
        return org.interviewStages.rowsOf(planId).stream()
                .map(SandboxTable.Row::value)
                .filter(stage -> !"Lead".equals(stage.type()))
                .findFirst()
                .orElseThrow(() -> SandboxFailure.notFound("interview_stage"));
    }

    private static String statusOf(InterviewStage stage) {
        return switch (stage.type()) {
            case "Lead" -> "Lead";
            case "Hired" -> "Hired";
            case "Archived" -> "Archived";
            default -> "Active";
        };
    }
}
