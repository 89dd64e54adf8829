package dev.crosswalk.unified.attachments;

import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.UnifiedResource;

/** The attachments resource: the files on a candidate (resumes and others). */
public final class Attachments {

    public static final UnifiedResource<Attachment, AttachmentFilter> RESOURCE = UnifiedResource.builder(
                    "attachments", "attachment", Attachment.class)
            .tag("Attachments", "The files on a candidate (resume and others), with short-lived download links")
            .query(query ->
                    query.requiredFilter("candidate_id", FilterType.TEXT, "The candidate whose files are listed"))
            .listed(
                    "List a candidate's attachments",
                    "Every file on one candidate, each once (the resume is attachment_type resume). candidate_id is "
                            + "required; an unknown candidate is a 404. Listed records have no file_url: get one with "
                            + "the download action. One page per call; follow next_cursor until it is null.",
                    query -> new AttachmentFilter(query.text("candidate_id")))
            .build();

    private Attachments() {}
}
