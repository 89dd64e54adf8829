package dev.crosswalk.ashby.model;

/** The body of {@code jobPosting.info}. */
public record JobPostingInfoRequest(String jobPostingId) {}
