package dev.crosswalk.unified.attachments;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.VendorComponent;
import reactor.core.publisher.Mono;

/** How a vendor mints a short-lived download link for one of a candidate's files. */
public interface AttachmentDownloads extends VendorComponent {

    /**
     * The file with a short-lived {@code file_url}; an unknown candidate, or a file that candidate
     * does not have, fails with {@code NOT_FOUND}.
     */
    Mono<Attachment> download(TenantContext tenant, String candidateId, String attachmentId, boolean includeRemoteData);
}
