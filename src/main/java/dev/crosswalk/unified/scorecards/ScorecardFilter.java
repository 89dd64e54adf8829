package dev.crosswalk.unified.scorecards;

import java.time.Instant;

/** The scorecard list filters; null means "not filtered". */
public record ScorecardFilter(Instant createdAfter, String applicationId) {}
