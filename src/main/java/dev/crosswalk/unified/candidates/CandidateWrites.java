package dev.crosswalk.unified.candidates;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.VendorComponent;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * How a vendor writes candidates. Each method is one attempt at the vendor (never retried: a lost
 * answer must not double a write). Bodies arrive validated; unknown ids fail with
 * {@code NOT_FOUND}, values the vendor refuses with {@code INVALID_REQUEST}.
 */
public interface CandidateWrites extends VendorComponent {

    Mono<Candidate> create(TenantContext tenant, NewCandidate candidate);

    /** The candidate an earlier {@link #create} with this body made at or after {@code since}; empty when none. */
    Mono<Candidate> findCreated(TenantContext tenant, NewCandidate candidate, Instant since);

    Mono<Candidate> update(TenantContext tenant, String candidateId, CandidateChanges changes);

    /** Adds a tag; adding one the candidate already has changes nothing. */
    Mono<Candidate> addTag(TenantContext tenant, String candidateId, String tagId);
}
