package dev.crosswalk.ashby.applications;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code application.create}; without {@code interviewStageId} Ashby picks the plan's first stage. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApplicationCreateRequest(String candidateId, String jobId, String interviewStageId, String sourceId) {}
