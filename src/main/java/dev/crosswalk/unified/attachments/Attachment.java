package dev.crosswalk.unified.attachments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A file on a candidate (docs/unified-schema.md). {@code file_url} is only filled by the download
 * action: the ATS hands out short-lived links, so a listed record never carries one.
 */
@Schema(description = "A file attached to a candidate (resume, cover letter, portfolio, ...)")
public record Attachment(
        @Schema(description = "The ATS's id of the file; the same id appears in the candidate's attachments")
        String id,

        @Schema(description = "The candidate the file belongs to; send it back to download the file")
        Reference candidate,

        @Schema(description = "The file's name") @JsonProperty("file_name")
        String fileName,

        @Schema(
                description = "resume for the candidate's current resume, other for any other file",
                allowableValues = {"resume", "other"})
        @JsonProperty("attachment_type")
        String attachmentType,

        @Schema(description = "A short-lived download link; only in the answer of the download action", nullable = true)
        @JsonProperty("file_url")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String fileUrl,

        @Schema(description = "The ATS's object as received; only with include_remote_data=true", types = "object")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {}
