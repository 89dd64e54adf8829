package dev.crosswalk.unified.attachments;

import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /unified/ats/attachments/{id}/download}. The ATS finds a file only through
 * its owner, and attachment ids stay the ATS's own file ids (no id translation), so the client names
 * the candidate — the {@code candidate} reference of the listed attachment, sent back as is.
 */
@Schema(description = "Which candidate's file to download: the attachment's own candidate reference")
public record AttachmentDownload(
        @Schema(description = "The candidate the attachment belongs to", requiredMode = Schema.RequiredMode.REQUIRED)
        Reference candidate) {

    /** The candidate's id, or null when the body does not name one. */
    String candidateId() {
        return candidate == null || candidate.id() == null || candidate.id().isBlank()
                ? null
                : candidate.id().trim();
    }
}
