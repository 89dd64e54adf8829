package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.Job;
import dev.crosswalk.sandbox.AshbyObjects.JobPosting;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code job.list}, {@code job.info}, {@code jobPosting.list} and {@code jobPosting.info}. */
final class JobMethods {

    /** Without a {@code status} filter Ashby leaves drafts out. */
    private static final Set<String> DEFAULT_STATUSES = Set.of("Open", "Closed", "Archived");

    private final SandboxPaging paging;

    JobMethods(SandboxPaging paging) {
        this.paging = paging;
    }

    List<SandboxMethod> methods() {
        return List.of(
                new SandboxMethod("job.list", "jobs:read", this::list),
                new SandboxMethod("job.info", "jobs:read", this::info),
                new SandboxMethod("jobPosting.list", "jobs:read", this::postings),
                new SandboxMethod("jobPosting.info", "jobs:read", this::posting));
    }

    private Object list(SandboxCall call) {
        SandboxRequest request = call.request();
        Set<String> statuses = request.has("status") ? Set.copyOf(request.strings("status")) : DEFAULT_STATUSES;
        Long openedAfter = request.longValue("openedAfter");
        Long openedBefore = request.longValue("openedBefore");
        Long closedAfter = request.longValue("closedAfter");
        Long closedBefore = request.longValue("closedBefore");
        return paging.page(
                call,
                call.org().jobs,
                null,
                row -> {
                    Job job = row.value();
                    return statuses.contains(job.status())
                            && call.seesJob(job)
                            && within(job.openedAt(), openedAfter, openedBefore)
                            && within(job.closedAt(), closedAfter, closedBefore);
                },
                job -> expanded(call, job),
                !expandsLocation(call));
    }

    /** {@code expand: ["location"]} adds the job's location object. */
    private static Object expanded(SandboxCall call, Job job) {
        return expandsLocation(call)
                ? new AshbyObjects.JobWithLocation(job, call.org().locations.get(job.locationId()))
                : job;
    }

    private static boolean expandsLocation(SandboxCall call) {
        return call.request().has("expand") && call.request().strings("expand").contains("location");
    }

    private static boolean within(Instant instant, Long after, Long before) {
        if (after == null && before == null) {
            return true;
        }
        return instant != null
                && (after == null || instant.toEpochMilli() > after)
                && (before == null || instant.toEpochMilli() < before);
    }

    private Object info(SandboxCall call) {
        Job job = call.org().jobs.get(call.request().uuid("id"));
        if (!call.seesJob(job)) {
            throw SandboxFailure.notFound("job");
        }
        return new SandboxJson.Result(expanded(call, job));
    }

    /** Published postings only: those of open jobs. Not paged. */
    private Object postings(SandboxCall call) {
        SandboxRequest request = call.request();
        String location = request.string("location");
        String department = request.string("department");
        boolean listedOnly = request.bool("listedOnly", false);
        SandboxOrganisation org = call.org();
        List<Object> results = org.jobPostings.rows().stream()
                .filter(row -> {
                    Job job = org.jobs.get(row.group());
                    JobPosting posting = row.value();
                    return "Open".equals(job.status())
                            && call.seesJob(job)
                            && (!listedOnly || posting.isListed())
                            && (location == null || location.equalsIgnoreCase(posting.locationName()))
                            && (department == null || department.equalsIgnoreCase(posting.departmentName()));
                })
                .map(row -> (Object) row.value().summary())
                .toList();
        return new SandboxJson.Result(results);
    }

    private Object posting(SandboxCall call) {
        SandboxTable.Row<JobPosting> row =
                call.org().jobPostings.row(call.request().uuid("jobPostingId"));
        if (row == null || !call.seesJob(row.group())) {
            throw SandboxFailure.notFound("job_posting");
        }
        return new SandboxJson.Result(row.value());
    }
}
