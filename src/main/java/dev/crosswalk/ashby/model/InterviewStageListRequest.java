package dev.crosswalk.ashby.model;

/** The body of {@code interviewStage.list}: every stage of one plan, not paged. */
public record InterviewStageListRequest(String interviewPlanId) {}
