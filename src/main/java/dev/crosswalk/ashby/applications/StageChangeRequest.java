package dev.crosswalk.ashby.applications;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code application.changeStage}; {@code archiveReasonId} is required by Ashby for an Archived stage. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StageChangeRequest(String applicationId, String interviewStageId, String archiveReasonId) {}
