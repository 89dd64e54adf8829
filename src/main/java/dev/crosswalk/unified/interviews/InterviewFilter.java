package dev.crosswalk.unified.interviews;

import java.time.Instant;

/** The interview list filters; null means "not filtered". */
public record InterviewFilter(Instant createdAfter, String applicationId, String jobInterviewStageId) {}
