package dev.crosswalk.unified.scorecards;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The scorecards resource: interviewers' submitted feedback. */
public final class Scorecards {

    public static final UnifiedResource<Scorecard, ScorecardFilter> RESOURCE = UnifiedResource.builder(
                    "scorecards", "scorecard", Scorecard.class)
            .tag("Scorecards", "Feedback interviewers submitted on applications, with the form's questions and answers")
            .query(query -> query.filter(
                            "created_after",
                            FilterType.INSTANT,
                            "Only scorecards submitted after this ISO-8601 timestamp, e.g. 2024-01-31T00:00:00Z")
                    .filter("application_id", FilterType.TEXT, "Only scorecards on this application"))
            .listed(
                    "List scorecards",
                    "One page per call; follow next_cursor until it is null. Filters combine (AND).",
                    query -> new ScorecardFilter(query.instant("created_after"), query.text("application_id")))
            .syncable()
            .build();

    private Scorecards() {}
}
