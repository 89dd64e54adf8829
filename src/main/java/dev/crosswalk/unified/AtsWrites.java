package dev.crosswalk.unified;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.activities.Activity;
import dev.crosswalk.unified.activities.NewNote;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.applications.NewApplication;
import dev.crosswalk.unified.candidates.Candidate;
import dev.crosswalk.unified.candidates.CandidateChanges;
import dev.crosswalk.unified.candidates.NewCandidate;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * The write half of the vendor SPI, apart from {@link AtsConnector} because its contract differs:
 * every method is one attempt at the vendor (never retried, as a lost answer must not double a
 * write), and each creation has a {@code findCreated...} look-up that finds what an attempt whose
 * outcome was unknown may have made. Bodies arrive validated; unknown ids fail with
 * {@code NOT_FOUND}, values the vendor refuses with {@code INVALID_REQUEST}.
 */
public interface AtsWrites {

    Mono<Candidate> createCandidate(TenantContext tenant, NewCandidate candidate);

    /** The candidate an earlier {@link #createCandidate} with this body made at or after {@code since}; empty when none. */
    Mono<Candidate> findCreatedCandidate(TenantContext tenant, NewCandidate candidate, Instant since);

    Mono<Candidate> updateCandidate(TenantContext tenant, String candidateId, CandidateChanges changes);

    /** Adds a tag; adding one the candidate already has changes nothing. */
    Mono<Candidate> addCandidateTag(TenantContext tenant, String candidateId, String tagId);

    Mono<Application> createApplication(TenantContext tenant, NewApplication application);

    /** The application an earlier {@link #createApplication} with this body made at or after {@code since}; empty when none. */
    Mono<Application> findCreatedApplication(TenantContext tenant, NewApplication application, Instant since);

    Mono<Application> moveApplication(TenantContext tenant, String applicationId, String stageId);

    /** Archives the application with the reason, in whatever way the vendor archives. */
    Mono<Application> rejectApplication(TenantContext tenant, String applicationId, String rejectReasonId);

    Mono<Activity> createNote(TenantContext tenant, NewNote note);

    /** The note an earlier {@link #createNote} with this body made at or after {@code since}; empty when none. */
    Mono<Activity> findCreatedNote(TenantContext tenant, NewNote note, Instant since);
}
