package dev.crosswalk.unified.applications;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.ListQuery;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.WriteRoute;
import java.util.Set;

/** The applications resource: a candidate considered for a job, with its stage in the hiring process. */
public final class Applications {

    public static final WriteRoute<ApplicationWrites, NewApplication, Application> CREATE = WriteRoute.create(
                    "createApplication", NewApplication.class, Application.class)
            .documented(
                    "Create an application",
                    "Considers a candidate for an open job. Retry with the same Idempotency-Key after a timeout: the "
                            + "gateway first looks among the candidate's applications for one to this job created "
                            + "since the first attempt.")
            .by(ApplicationWrites.class, (writes, tenant, id, body) -> writes.create(tenant, body))
            .reconciledBy((writes, tenant, body, since) -> writes.findCreated(tenant, body, since), Application::id);

    public static final WriteRoute<ApplicationWrites, StageMove, Application> MOVE_STAGE = WriteRoute.action(
                    "moveApplicationStage", "move-stage", StageMove.class, Application.class)
            .documented(
                    "Move an application to another stage",
                    "The stage must belong to the application's interview plan. To archive an application, reject "
                            + "it (the ATS requires a reason).")
            .by(
                    ApplicationWrites.class,
                    (writes, tenant, id, body) ->
                            writes.moveStage(tenant, id, body.stage().id()));

    public static final WriteRoute<ApplicationWrites, Rejection, Application> REJECT = WriteRoute.action(
                    "rejectApplication", "reject", Rejection.class, Application.class)
            .documented(
                    "Reject an application",
                    "Moves the application to the Archived stage of its interview plan with the given reason; status "
                            + "becomes archived and rejected_at is set.")
            .by(
                    ApplicationWrites.class,
                    (writes, tenant, id, body) ->
                            writes.reject(tenant, id, body.rejectReason().id()));

    public static final UnifiedResource<Application, ApplicationFilter> RESOURCE = UnifiedResource.builder(
                    "applications", "application", Application.class)
            .tag("Applications", "A candidate considered for a job: status, current stage, source and rejection")
            .query(query -> query.filter(
                            "created_after",
                            FilterType.INSTANT,
                            "Only applications created after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z")
                    .filter("job_id", FilterType.TEXT, "Only applications to this job")
                    .choiceFilter(
                            "status",
                            Set.of("active", "hired", "archived", "lead"),
                            "Only applications with this status")
                    .filter("candidate_id", FilterType.TEXT, "Only this candidate's applications"))
            .listed(
                    "List applications",
                    "One page per call; follow next_cursor until it is null. Filters combine (AND). With candidate_id "
                            + "the candidate's applications are read one by one, and the other filters are applied to "
                            + "them, so a page may hold fewer than limit records before the last one.",
                    Applications::filter)
            .gotById("Get an application", "An unknown id answers 404 not_found.")
            .write(CREATE)
            .write(MOVE_STAGE)
            .write(REJECT)
            .syncable()
            .updatedAt(Application::updatedAt)
            .build();

    private Applications() {}

    private static ApplicationFilter filter(ListQuery query) {
        if (query.sync() && query.has("candidate_id")) {
            throw ListQuery.syncUnsupported("Parameter 'candidate_id' reads the candidate's applications one by one, "
                    + "which cannot sync: sync the whole listing (optionally by job_id or status)");
        }
        return new ApplicationFilter(
                query.instant("created_after"), query.text("job_id"), query.text("status"), query.text("candidate_id"));
    }
}
