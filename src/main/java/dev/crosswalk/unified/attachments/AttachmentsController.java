package dev.crosswalk.unified.attachments;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.AtsConnector;
import dev.crosswalk.unified.FilterType;
import dev.crosswalk.unified.ListQuery;
import dev.crosswalk.unified.Pagination;
import dev.crosswalk.unified.ResourceQuery;
import dev.crosswalk.unified.UnifiedPage;
import dev.crosswalk.unified.UnifiedResult;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /unified/ats/attachments}: one candidate's files, paged, and a short-lived download link
 * for one of them. Answers asynchronously.
 */
@RestController
@RequestMapping(path = "/unified/ats/attachments", produces = "application/json")
class AttachmentsController {

    static final ResourceQuery QUERY = ResourceQuery.of("attachments").requiredFilter("candidate_id", FilterType.TEXT);

    private final AtsConnector connector;
    private final Pagination pagination;

    AttachmentsController(AtsConnector connector, Pagination pagination) {
        this.connector = connector;
        this.pagination = pagination;
    }

    @GetMapping
    @Operation(
            summary = "List a candidate's attachments",
            description = "Every file on one candidate, each once (the "
                    + "resume is attachment_type resume). candidate_id is required; an unknown candidate is a 404. Listed "
                    + "records have no file_url: get one with the download action. One page per call; follow next_cursor "
                    + "until it is null.")
    @Parameter(
            name = "limit",
            in = ParameterIn.QUERY,
            description = "Page size, 1-100",
            schema = @Schema(type = "integer", defaultValue = "50", minimum = "1", maximum = "100"))
    @Parameter(
            name = "next_cursor",
            in = ParameterIn.QUERY,
            description = "The next_cursor of the previous page, as received")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    @Parameter(
            name = "candidate_id",
            in = ParameterIn.QUERY,
            required = true,
            description = "The candidate whose files are listed")
    Mono<UnifiedPage<Attachment>> list(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        ListQuery query = QUERY.parseList(parameters);
        AttachmentFilter filter = new AttachmentFilter(query.text("candidate_id"));
        return pagination.page(tenant, query, page -> connector.listAttachments(tenant, filter, page));
    }

    @PostMapping(path = "/{id}/download", consumes = "application/json")
    @Operation(
            summary = "Get a download link for an attachment",
            description = "Answers the attachment with file_url, "
                    + "a link the ATS keeps valid for a few minutes only: fetch the file right away and never store the link. "
                    + "The body names the attachment's candidate ({\"candidate\": {\"id\": \"...\"}}, the attachment's own "
                    + "candidate reference); a candidate without that file, or an unknown candidate, is a 404. Nothing is "
                    + "changed, so the call is safe to repeat.")
    @Parameter(
            name = "include_remote_data",
            in = ParameterIn.QUERY,
            description = "Add remote_data, the ATS's object as received",
            schema = @Schema(type = "boolean"))
    Mono<UnifiedResult<Attachment>> download(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @RequestBody(required = false) AttachmentDownload body,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        boolean includeRemoteData = QUERY.parseIncludeRemoteData(parameters);
        String candidateId = body == null ? null : body.candidateId();
        if (candidateId == null) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_REQUEST,
                    "Body member 'candidate.id' is required: " + "the id of the candidate the attachment belongs to");
        }
        return connector
                .downloadAttachment(tenant, candidateId, id, includeRemoteData)
                .map(UnifiedResult::new);
    }
}
