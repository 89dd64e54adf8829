package dev.crosswalk.ashby.activities;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyPage;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.activities.Activities;
import dev.crosswalk.unified.activities.Activity;
import dev.crosswalk.unified.activities.ActivityFilter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A candidate's activities from Ashby: the notes on the candidate's record ({@code candidate.listNotes}),
 * which Ashby pages itself: one unified page is one Ashby page, the position Ashby's cursor.
 */
@Component
public class AshbyActivities extends Ashby.Part implements ResourceSource<Activity, ActivityFilter> {

    private final AshbyClient client;
    private final ActivityMapper mapper;

    AshbyActivities(AshbyClient client, ActivityMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Activity, ActivityFilter> resource() {
        return Activities.RESOURCE;
    }

    @Override
    public Mono<Page<Activity>> list(TenantContext tenant, ActivityFilter filter, PageRequest page) {
        String candidateId = filter.candidateId();
        if (!Ashby.isId(candidateId)) {
            return Mono.error(Ashby.notFound("candidate", candidateId));
        }
        return notes(tenant, candidateId, page.limit(), page.position(), page.syncToken())
                .map(ashby -> Ashby.page(
                        ashby,
                        note -> mapper.toActivity(
                                note.value(), candidateId, page.includeRemoteData() ? note.json() : null)));
    }

    /** One page of {@code candidate.listNotes}; {@code syncToken} (or null) makes it an incremental pass. */
    Mono<AshbyPage<AshbyNote>> notes(
            TenantContext tenant, String candidateId, int limit, String cursor, String syncToken) {
        return client.page(
                tenant,
                "candidate.listNotes",
                new CandidateNotesRequest(candidateId, limit, cursor, syncToken),
                AshbyNote.class);
    }
}
