package dev.crosswalk.unified.rejectreasons;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The reject reasons resource: why applications are archived. */
public final class RejectReasons {

    public static final UnifiedResource<RejectReason, RejectReasonFilter> RESOURCE = UnifiedResource.builder(
                    "reject_reasons", "reject_reason", RejectReason.class)
            .tag("Reject reasons", "The reasons an application can be rejected (archived) with")
            .query(query -> query.filter("include_archived", FilterType.FLAG, "Also list archived reasons"))
            .listed(
                    "List reject reasons",
                    "One page per call; follow next_cursor until it is null. Archived reasons are left out unless "
                            + "include_archived=true.",
                    query -> new RejectReasonFilter(Boolean.TRUE.equals(query.flag("include_archived"))))
            .build();

    private RejectReasons() {}
}
