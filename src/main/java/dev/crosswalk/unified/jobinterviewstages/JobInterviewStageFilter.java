package dev.crosswalk.unified.jobinterviewstages;

/** The interview-stage list filter: the job whose interview plans are listed (required). */
public record JobInterviewStageFilter(String jobId) {}
