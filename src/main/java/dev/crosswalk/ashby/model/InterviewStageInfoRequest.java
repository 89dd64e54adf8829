package dev.crosswalk.ashby.model;

/** The body of {@code interviewStage.info}. */
public record InterviewStageInfoRequest(String interviewStageId) {}
