package dev.crosswalk.ashby.candidates;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.IdRequest;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.OffsetPages;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.candidates.Candidate;
import dev.crosswalk.unified.candidates.CandidateFilter;
import dev.crosswalk.unified.candidates.Candidates;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Candidates from Ashby: {@code candidate.list} one Ashby page per unified page (the position is
 * Ashby's cursor), {@code candidate.search} for email and name (one answer of at most 100, paged
 * here by offset), {@code candidate.info} by id.
 */
@Component
public class AshbyCandidates extends Ashby.Part implements ResourceSource<Candidate, CandidateFilter> {

    private final AshbyClient client;
    private final CandidateMapper mapper;

    public AshbyCandidates(AshbyClient client, CandidateMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Candidate, CandidateFilter> resource() {
        return Candidates.RESOURCE;
    }

    @Override
    public Mono<Page<Candidate>> list(TenantContext tenant, CandidateFilter filter, PageRequest page) {
        if (filter.isSearch()) {
            return search(tenant, new CandidateSearchRequest(filter.email(), filter.name()))
                    .map(found -> OffsetPages.slice(candidates(found, page.includeRemoteData()), page));
        }
        CandidateListRequest request = new CandidateListRequest(
                page.limit(), page.position(), Ashby.epochMillis(filter.createdAfter()), page.syncToken());
        return client.page(tenant, "candidate.list", request, AshbyCandidate.class)
                .map(ashby -> Ashby.page(ashby, received -> candidate(received, page.includeRemoteData())));
    }

    @Override
    public Mono<Candidate> get(TenantContext tenant, String id, boolean includeRemoteData) {
        return info(tenant, id).map(received -> candidate(received, includeRemoteData));
    }

    /** {@code candidate.info}; an id that cannot be Ashby's is an unknown candidate, without asking Ashby. */
    public Mono<Received<AshbyCandidate>> info(TenantContext tenant, String id) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("candidate", id));
        }
        return client.one(tenant, "candidate.info", new IdRequest(id), AshbyCandidate.class);
    }

    /** {@code candidate.search}: not paged, at most 100 matches (Ashby ANDs email and name). */
    Mono<List<Received<AshbyCandidate>>> search(TenantContext tenant, CandidateSearchRequest request) {
        return client.all(tenant, "candidate.search", request, AshbyCandidate.class);
    }

    Candidate candidate(Received<AshbyCandidate> received, boolean includeRemoteData) {
        return mapper.toCandidate(received.value(), includeRemoteData ? received.json() : null);
    }

    private List<Candidate> candidates(List<Received<AshbyCandidate>> received, boolean includeRemoteData) {
        return received.stream().map(one -> candidate(one, includeRemoteData)).toList();
    }
}
