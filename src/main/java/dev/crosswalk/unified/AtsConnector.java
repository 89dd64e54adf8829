package dev.crosswalk.unified;

import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.candidates.Candidate;
import dev.crosswalk.unified.candidates.CandidateFilter;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The service-provider interface between the unified API and one ATS vendor. A vendor package
 * (such as {@code ashby/}) implements it; nothing in {@code unified/} knows a vendor's wire format.
 * Failures surface as {@link dev.crosswalk.web.CrosswalkException} with contract codes.
 */
public interface AtsConnector {

    /** The vendor's name in routes and stored credentials, e.g. {@code ashby}. */
    String vendor();

    /**
     * Checks an API key with the vendor before it is stored.
     * Rejected keys fail with {@code UPSTREAM_CREDENTIALS_REJECTED}.
     */
    Mono<CredentialCheck> verifyCredentials(Secret apiKey);

    /**
     * One page of candidates: {@code page.limit()} at most, from {@code page.position()} (null: the
     * first page). The returned next position is null exactly when this was the last page.
     */
    Mono<Page<Candidate>> listCandidates(TenantContext tenant, CandidateFilter filter, PageRequest page);

    /** One candidate; an unknown id fails with {@code NOT_FOUND}. */
    Mono<Candidate> getCandidate(TenantContext tenant, String id, boolean includeRemoteData);

    /** What the vendor said about a key: its name there and the permissions it grants. */
    record CredentialCheck(String title, List<String> scopes) {
    }
}
