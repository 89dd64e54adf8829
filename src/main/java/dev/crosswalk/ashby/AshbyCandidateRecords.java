package dev.crosswalk.ashby;

import dev.crosswalk.ashby.mapping.ActivityMapper;
import dev.crosswalk.ashby.mapping.AttachmentMapper;
import dev.crosswalk.ashby.mapping.CandidateFiles;
import dev.crosswalk.ashby.model.AshbyCandidate;
import dev.crosswalk.ashby.model.AshbyCandidate.FileHandle;
import dev.crosswalk.ashby.model.CandidateNotesRequest;
import dev.crosswalk.ashby.model.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.OffsetPages;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.activities.Activity;
import dev.crosswalk.unified.activities.ActivityFilter;
import dev.crosswalk.unified.attachments.Attachment;
import dev.crosswalk.unified.attachments.AttachmentFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What hangs off one candidate in Ashby: notes (activities) and files (attachments).
 * <ul>
 * <li>Activities are {@code candidate.listNotes}, which Ashby pages itself: one unified page is one
 *     Ashby page and the position is Ashby's cursor.</li>
 * <li>Attachments come from {@code candidate.info} (its file handles, each file once), one answer
 *     the gateway pages by offset. A download looks the file up on its candidate again, because only
 *     the candidate carries the handle {@code file.info} needs.</li>
 * </ul>
 */
@Component
class AshbyCandidateRecords {

    private final AshbyClient client;
    private final ActivityMapper activities;
    private final AttachmentMapper attachments;

    AshbyCandidateRecords(AshbyClient client, ActivityMapper activities, AttachmentMapper attachments) {
        this.client = client;
        this.activities = activities;
        this.attachments = attachments;
    }

    Mono<Page<Activity>> listActivities(TenantContext tenant, ActivityFilter filter, PageRequest page) {
        String candidateId = filter.candidateId();
        if (!AshbyConnector.isAshbyId(candidateId)) {
            return Mono.error(unknownCandidate(candidateId));
        }
        return client.listNotes(tenant, new CandidateNotesRequest(candidateId, page.limit(), page.position()))
                .map(ashby -> new Page<>(
                        ashby.results().stream()
                                .map(note -> activities.toActivity(
                                        note.value(), candidateId, page.includeRemoteData() ? note.json() : null))
                                .toList(),
                        ashby.moreDataAvailable() ? ashby.nextCursor() : null));
    }

    Mono<Page<Attachment>> listAttachments(TenantContext tenant, AttachmentFilter filter, PageRequest page) {
        return candidate(tenant, filter.candidateId())
                .map(candidate -> OffsetPages.slice(
                        attachments.toAttachments(
                                candidate.value(), page.includeRemoteData() ? candidate.json() : null),
                        page));
    }

    Mono<Attachment> downloadAttachment(
            TenantContext tenant, String candidateId, String attachmentId, boolean includeRemoteData) {
        return candidate(tenant, candidateId).flatMap(received -> {
            AshbyCandidate candidate = received.value();
            FileHandle file = CandidateFiles.of(candidate).stream()
                    .filter(handle -> handle.id().equals(attachmentId))
                    .findFirst()
                    .orElse(null);
            if (file == null || file.handle() == null) {
                return Mono.error(new CrosswalkException(
                        ProblemCode.NOT_FOUND,
                        "Candidate " + candidateId + " has no attachment with id " + attachmentId));
            }
            return client.fileInfo(tenant, file.handle())
                    .map(link -> attachments.attachment(
                            candidate, file, link.url(), includeRemoteData ? received.json() : null));
        });
    }

    private Mono<Received<AshbyCandidate>> candidate(TenantContext tenant, String candidateId) {
        if (!AshbyConnector.isAshbyId(candidateId)) {
            // Ashby would call a malformed id invalid input; to the client it is simply an unknown candidate.
            return Mono.error(unknownCandidate(candidateId));
        }
        return client.candidateInfo(tenant, candidateId);
    }

    private static CrosswalkException unknownCandidate(String id) {
        return new CrosswalkException(ProblemCode.NOT_FOUND, "No candidate with id " + id);
    }
}
