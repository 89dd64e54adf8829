package dev.crosswalk.unified.applications;

import java.time.Instant;

/**
 * The application list filters; null means "not filtered". {@code status} is a unified value
 * ({@code active|hired|archived|lead}). {@code candidateId} is answered from the candidate's own
 * list of applications, with the other filters applied to what it holds.
 */
public record ApplicationFilter(Instant createdAfter, String jobId, String status, String candidateId) {

    /** True when the listing follows one candidate's applications rather than the ATS's application list. */
    public boolean isByCandidate() {
        return candidateId != null;
    }
}
