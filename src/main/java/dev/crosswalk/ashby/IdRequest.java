package dev.crosswalk.ashby;

/** The body of the {@code *.info} methods that take {@code {"id": ...}} (candidate, job, interview). */
public record IdRequest(String id) {}
