package dev.crosswalk.unified.candidates;

import java.time.Instant;

/**
 * The candidate list filters. {@code email} and {@code name} select the ATS's search (ANDed, one
 * result set), which cannot also filter by creation time.
 */
public record CandidateFilter(Instant createdAfter, String email, String name) {

    /** True when the listing is a search by email and/or name rather than a full listing. */
    public boolean isSearch() {
        return email != null || name != null;
    }
}
