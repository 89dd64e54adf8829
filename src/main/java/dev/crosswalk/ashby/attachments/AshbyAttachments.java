package dev.crosswalk.ashby.attachments;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.candidates.AshbyCandidate;
import dev.crosswalk.ashby.candidates.AshbyCandidate.FileHandle;
import dev.crosswalk.ashby.candidates.AshbyCandidates;
import dev.crosswalk.ashby.candidates.CandidateFiles;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.OffsetPages;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.attachments.Attachment;
import dev.crosswalk.unified.attachments.AttachmentDownloads;
import dev.crosswalk.unified.attachments.AttachmentFilter;
import dev.crosswalk.unified.attachments.Attachments;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A candidate's files from Ashby: the file handles of {@code candidate.info}, each file once, one
 * answer paged here by offset. A download looks the file up on its candidate again, because only
 * the candidate carries the handle {@code file.info} needs to mint a short-lived link.
 */
@Component
class AshbyAttachments extends Ashby.Part implements ResourceSource<Attachment, AttachmentFilter>, AttachmentDownloads {

    private final AshbyClient client;
    private final AshbyCandidates candidates;
    private final AttachmentMapper mapper;

    AshbyAttachments(AshbyClient client, AshbyCandidates candidates, AttachmentMapper mapper) {
        this.client = client;
        this.candidates = candidates;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Attachment, AttachmentFilter> resource() {
        return Attachments.RESOURCE;
    }

    @Override
    public Mono<Page<Attachment>> list(TenantContext tenant, AttachmentFilter filter, PageRequest page) {
        return candidates
                .info(tenant, filter.candidateId())
                .map(candidate -> OffsetPages.slice(
                        mapper.toAttachments(candidate.value(), page.includeRemoteData() ? candidate.json() : null),
                        page));
    }

    @Override
    public Mono<Attachment> download(
            TenantContext tenant, String candidateId, String attachmentId, boolean includeRemoteData) {
        return candidates.info(tenant, candidateId).flatMap(received -> {
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
            return client.one(tenant, "file.info", new FileInfoRequest(file.handle()), AshbyFileUrl.class)
                    .map(link -> {
                        // file.info is a read, though the link it mints expires within minutes.
                        if (link.value().url() == null || link.value().url().isBlank()) {
                            throw client.unexpectedAnswer("file.info");
                        }
                        return mapper.attachment(
                                candidate, file, link.value().url(), includeRemoteData ? received.json() : null);
                    });
        });
    }
}
