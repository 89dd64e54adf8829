package dev.crosswalk.ashby.jobinterviewstages;

/** The body of {@code interviewStage.info}. */
public record InterviewStageInfoRequest(String interviewStageId) {}
