package dev.crosswalk.ashby.activities;

import static dev.crosswalk.ashby.AshbyWriteChecks.checkIds;
import static dev.crosswalk.ashby.AshbyWriteChecks.createdSince;
import static dev.crosswalk.ashby.AshbyWriteChecks.trimmed;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.activities.Activity;
import dev.crosswalk.unified.activities.ActivityWrites;
import dev.crosswalk.unified.activities.NewNote;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Notes as Ashby's {@code candidate.createNote}, written as plain text, one attempt. A note with an
 * unknown outcome is found again among the candidate's notes (same text and visibility, created since).
 */
@Component
class AshbyActivityWrites extends Ashby.Part implements ActivityWrites {

    /** How many pages of a candidate's notes a reconciliation reads at most (100 notes each). */
    private static final int NOTE_PAGES = 10;

    private final AshbyClient client;
    private final AshbyActivities activities;
    private final ActivityMapper mapper;

    AshbyActivityWrites(AshbyClient client, AshbyActivities activities, ActivityMapper mapper) {
        this.client = client;
        this.activities = activities;
        this.mapper = mapper;
    }

    @Override
    public Mono<Activity> createNote(TenantContext tenant, NewNote note) {
        return Mono.defer(() -> {
            checkIds("candidate.id", note.candidate().id());
            var request = NoteCreateRequest.plainText(note.candidate().id(), note.body(), note.isPrivate());
            return client.write(tenant, "candidate.createNote", request, AshbyNote.class)
                    .map(created ->
                            mapper.toActivity(created.value(), note.candidate().id(), null));
        });
    }

    /** The candidate's notes ({@code candidate.listNotes}, up to {@value #NOTE_PAGES} pages) for one with the same text and visibility. */
    @Override
    public Mono<Activity> findCreatedNote(TenantContext tenant, NewNote note, Instant since) {
        String candidateId = note.candidate().id();
        return notes(tenant, candidateId, null, NOTE_PAGES)
                .filter(found ->
                        Objects.equals(trimmed(found.content()), note.body().trim()))
                .filter(found -> Boolean.TRUE.equals(found.isPrivate()) == note.isPrivate())
                .filter(found -> createdSince(found.createdAt(), since))
                .sort(Comparator.comparing(AshbyNote::createdAt))
                .next()
                .map(found -> mapper.toActivity(found, candidateId, null));
    }

    private Flux<AshbyNote> notes(TenantContext tenant, String candidateId, String cursor, int pagesLeft) {
        return activities
                .notes(tenant, candidateId, 100, cursor, null)
                .flatMapMany(page -> Flux.fromIterable(page.results())
                        .map(Received::value)
                        .concatWith(
                                page.moreDataAvailable() && pagesLeft > 1
                                        ? notes(tenant, candidateId, page.nextCursor(), pagesLeft - 1)
                                        : Flux.empty()));
    }
}
