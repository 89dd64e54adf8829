package dev.crosswalk.ashby.interviews;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code interviewSchedule.list}; absent values are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InterviewScheduleListRequest(
        Integer limit,
        String cursor,
        Long createdAfter,
        String applicationId,
        String interviewStageId,
        String syncToken) {}
