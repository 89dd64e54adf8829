package dev.crosswalk.ashby.jobpostings;

/** The body of {@code jobPosting.info}. */
public record JobPostingInfoRequest(String jobPostingId) {}
