package dev.crosswalk.unified.attachments;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.VendorRegistry;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import dev.crosswalk.web.UnifiedResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /unified/ats/attachments/{id}/download}: a short-lived download link for one file.
 * Not a write (nothing changes, it is safe to repeat), so it has its own route beside the ones the
 * resource's description gives.
 */
@RestController
@RequestMapping(path = "/unified/ats/attachments", produces = "application/json")
@Tag(name = "Attachments")
@SecurityRequirement(name = "tenant")
class AttachmentDownloadController {

    private final VendorRegistry vendors;

    AttachmentDownloadController(VendorRegistry vendors) {
        this.vendors = vendors;
    }

    @PostMapping(path = "/{id}/download", consumes = "application/json")
    @Operation(
            operationId = "downloadAttachment",
            summary = "Get a download link for an attachment",
            description = "Answers the attachment with file_url, a link the ATS keeps valid for a few minutes only: "
                    + "fetch the file right away and never store the link. The body names the attachment's "
                    + "candidate ({\"candidate\": {\"id\": \"...\"}}, the attachment's own candidate reference); a "
                    + "candidate without that file, or an unknown candidate, is a 404. Nothing is changed, so the "
                    + "call is safe to repeat.")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean", defaultValue = "false"))
    Mono<UnifiedResult<Attachment>> download(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(description = "The attachment's id", schema = @Schema(type = "string")) @PathVariable String id,
            @RequestBody(required = false) AttachmentDownload body,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = Attachments.RESOURCE.query().parseIncludeRemoteData(parameters);
        String candidateId = body == null ? null : body.candidateId();
        if (candidateId == null) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_REQUEST,
                    "Body member 'candidate.id' is required: the id of the candidate the attachment belongs to");
        }
        return vendors.component(tenant.vendor(), AttachmentDownloads.class)
                .download(tenant, candidateId, id, includeRemoteData)
                .map(UnifiedResult::new);
    }
}
