package dev.crosswalk.unified.jobpostings;

/** The job posting filters: one job's postings (null: every job's), listed ones only. */
public record JobPostingFilter(String jobId, boolean listedOnly) {}
