package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.FeedbackFormDefinition;
import dev.crosswalk.sandbox.AshbyObjects.InterviewStage;
import java.util.List;
import java.util.UUID;

/**
 * Interview plans and their ordered stages, interview schedules with their events, and the
 * feedback forms interviewers fill in.
 */
final class InterviewMethods {

    private final SandboxPaging paging;

    InterviewMethods(SandboxPaging paging) {
        this.paging = paging;
    }

    List<SandboxMethod> methods() {
        return List.of(
                new SandboxMethod("interviewPlan.list", "interviews:read", this::plans),
                new SandboxMethod("interviewStage.list", "interviews:read", this::stages),
                new SandboxMethod("interviewStage.info", "interviews:read", this::stage),
                new SandboxMethod("interviewSchedule.list", "interviews:read", this::schedules),
                new SandboxMethod("feedbackFormDefinition.info", "hiringProcessMetadata:read", this::form));
    }

    private Object plans(SandboxCall call) {
        boolean includeArchived = call.request().bool("includeArchived", false);
        return paging.page(
                call,
                call.org().interviewPlans,
                row -> includeArchived || !row.value().isArchived());
    }

    /** All stages of a plan in order; not paged. */
    private Object stages(SandboxCall call) {
        UUID planId = call.request().requiredUuid("interviewPlanId");
        if (call.org().interviewPlans.get(planId) == null) {
            throw SandboxFailure.notFound("interview_plan");
        }
        List<InterviewStage> stages = call.org().interviewStages.rowsOf(planId).stream()
                .map(SandboxTable.Row::value)
                .toList();
        return new SandboxJson.WholeList(true, stages, false);
    }

    private Object stage(SandboxCall call) {
        InterviewStage stage = call.org().interviewStages.get(call.request().uuid("interviewStageId"));
        if (stage == null) {
            throw SandboxFailure.notFound("interview_stage");
        }
        return new SandboxJson.Result(stage);
    }

    private Object schedules(SandboxCall call) {
        UUID applicationId = call.request().uuid("applicationId");
        UUID stageId = call.request().uuid("interviewStageId");
        boolean visible = applicationId == null || call.seesApplication(applicationId);
        return paging.page(
                call,
                call.org().interviewSchedules,
                applicationId,
                row -> visible
                        && (stageId == null || stageId.equals(row.value().interviewStageId()))
                        && call.seesApplication(row.group()),
                schedule -> schedule);
    }

    private Object form(SandboxCall call) {
        FeedbackFormDefinition form =
                call.org().feedbackForms.get(call.request().uuid("feedbackFormDefinitionId"));
        if (form == null) {
            throw SandboxFailure.notFound("feedback_form_definition");
        }
        return new SandboxJson.Result(form);
    }
}
