package dev.crosswalk.unified.jobs;

import java.time.Instant;

/**
 * The job list filters: jobs created after an instant, and jobs in one unified status
 * ({@code draft}, {@code open}, {@code closed} or {@code archived}); null means any.
 */
public record JobFilter(Instant createdAfter, String status) {}
