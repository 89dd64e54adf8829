package dev.crosswalk.ashby.jobinterviewstages;

/** The body of {@code interviewStage.list}: every stage of one plan, not paged. */
public record InterviewStageListRequest(String interviewPlanId) {}
