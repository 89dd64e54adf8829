package dev.crosswalk.unified.activities;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.WriteRoute;

/** The activities resource: what happened on a candidate's record (notes). */
public final class Activities {

    public static final WriteRoute<ActivityWrites, NewNote, Activity> CREATE_NOTE = WriteRoute.create(
                    "createNote", NewNote.class, Activity.class)
            .documented(
                    "Add a note to a candidate",
                    "Creates an activity of type note. Notes are read back with GET "
                            + "/unified/ats/activities?candidate_id=... . Retry with the same Idempotency-Key after a "
                            + "timeout: the gateway first looks among the candidate's notes for one with the same text "
                            + "and visibility created since the first attempt.")
            .by(ActivityWrites.class, (writes, tenant, id, body) -> writes.createNote(tenant, body))
            .reconciledBy((writes, tenant, body, since) -> writes.findCreatedNote(tenant, body, since), Activity::id);

    public static final UnifiedResource<Activity, ActivityFilter> RESOURCE = UnifiedResource.builder(
                    "activities", "activity", Activity.class)
            .tag("Activities", "What happened on a candidate's record: the notes written on it")
            .query(query ->
                    query.requiredFilter("candidate_id", FilterType.TEXT, "The candidate whose activities are listed"))
            .listed(
                    "List a candidate's activities",
                    "The notes on one candidate's record, oldest first as the ATS lists them. candidate_id is "
                            + "required; an unknown candidate is a 404. One page per call; follow next_cursor until it "
                            + "is null.",
                    query -> new ActivityFilter(query.text("candidate_id")))
            .write(CREATE_NOTE)
            .syncable()
            .build();

    private Activities() {}
}
