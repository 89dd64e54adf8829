package dev.crosswalk.unified.jobs;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;
import java.util.Set;

/** The jobs resource: the organisation's requisitions. */
public final class Jobs {

    public static final UnifiedResource<Job, JobFilter> RESOURCE = UnifiedResource.builder("jobs", "job", Job.class)
            .tag("Jobs", "The organisation's jobs (requisitions): status, departments, offices and hiring team")
            .query(query -> query.filter(
                            "created_after",
                            FilterType.INSTANT,
                            "Jobs created after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z")
                    .choiceFilter("status", Set.of("draft", "open", "closed", "archived"), "Jobs in this status only"))
            .listed(
                    "List jobs",
                    "One page per call; follow next_cursor until it is null. Every job is listed, drafts included, "
                            + "unless status narrows the listing.",
                    query -> new JobFilter(query.instant("created_after"), query.text("status")))
            .gotById("Get a job", "An unknown id answers 404 not_found.")
            .syncable()
            .updatedAt(Job::updatedAt)
            .build();

    private Jobs() {}
}
