package dev.crosswalk.ashby.scorecards;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code applicationFeedback.list}; absent values are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApplicationFeedbackListRequest(
        Integer limit, String cursor, Long createdAfter, String applicationId, String syncToken) {}
