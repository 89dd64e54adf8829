package dev.crosswalk.unified.interviews;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The interviews resource: scheduled interview events, one record per event. */
public final class Interviews {

    public static final UnifiedResource<Interview, InterviewFilter> RESOURCE = UnifiedResource.builder(
                    "interviews", "interview", Interview.class)
            .tag("Interviews", "Scheduled interviews: one record per interview event of a schedule")
            .query(query -> query.filter(
                            "created_after",
                            FilterType.INSTANT,
                            "Only interviews scheduled (schedule created) after this ISO-8601 timestamp, e.g. "
                                    + "2024-01-31T00:00:00Z")
                    .filter("application_id", FilterType.TEXT, "Only interviews for this application")
                    .filter("job_interview_stage_id", FilterType.TEXT, "Only interviews of this interview stage"))
            .listed(
                    "List interviews",
                    "One page per call; follow next_cursor until it is null. Interviews are listed schedule by "
                            + "schedule; a schedule that is not booked yet has no interviews, so a page may hold fewer "
                            + "than limit records before the last one. Filters combine (AND); created_after applies to "
                            + "the interview's schedule.",
                    query -> new InterviewFilter(
                            query.instant("created_after"),
                            query.text("application_id"),
                            query.text("job_interview_stage_id")))
            .gotById(
                    "Get an interview",
                    "Ashby has no lookup of a single interview event, so the gateway searches the organisation's "
                            + "interview schedules, oldest first, and answers 404 when the id is not among the first "
                            + "5,000 schedules. For large organisations, list with application_id instead.")
            .syncable()
            .updatedAt(Interview::updatedAt)
            .build();

    private Interviews() {}
}
