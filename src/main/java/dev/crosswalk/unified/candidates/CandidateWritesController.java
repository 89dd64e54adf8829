package dev.crosswalk.unified.candidates;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.AtsWrites;
import dev.crosswalk.unified.idempotency.DocumentedWrite;
import dev.crosswalk.unified.idempotency.WriteRequest;
import dev.crosswalk.unified.idempotency.WriteResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Candidate writes: create, update, add a tag. Each is safe to retry with an {@code Idempotency-Key}. */
@RestController
@RequestMapping(path = "/unified/ats/candidates", produces = "application/json")
class CandidateWritesController {

    private final AtsWrites ats;
    private final WriteResponses responses;

    CandidateWritesController(AtsWrites ats, WriteResponses responses) {
        this.ats = ats;
        this.responses = responses;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create a candidate",
            description = "company and title cannot be set through the ATS's API and "
                    + "are refused; so are more than one phone number and link types other than linkedin, github and website "
                    + "(add those with PATCH). Retry with the same Idempotency-Key after a timeout: the gateway first looks "
                    + "for the candidate the timed-out attempt made (same name and primary email, created since).")
    @DocumentedWrite(result = Candidate.class, created = true)
    Mono<ResponseEntity<byte[]>> create(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(description = WriteRequest.IDEMPOTENCY_KEY_DOC)
                    @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody NewCandidate body,
            @Parameter(hidden = true) HttpServletRequest request) {
        return responses.created(
                WriteRequest.of(tenant, idempotencyKey, request, body),
                () -> ats.createCandidate(tenant, body),
                since -> ats.findCreatedCandidate(tenant, body, since),
                Candidate::id);
    }

    @PatchMapping(path = "/{id}", consumes = "application/json")
    @Operation(
            summary = "Update a candidate",
            description =
                    "Absent fields stay as they are. The primary email "
                            + "address and phone number are replaced, other addresses added (never removed), links replaced as a whole.")
    @DocumentedWrite(result = Candidate.class)
    Mono<ResponseEntity<byte[]>> update(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(description = WriteRequest.IDEMPOTENCY_KEY_DOC)
                    @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody CandidateChanges body,
            @Parameter(hidden = true) HttpServletRequest request) {
        return responses.changed(
                WriteRequest.of(tenant, idempotencyKey, request, body), () -> ats.updateCandidate(tenant, id, body));
    }

    @PostMapping(path = "/{id}/tags", consumes = "application/json")
    @Operation(
            summary = "Add a tag to a candidate",
            description =
                    "Adding a tag the candidate already has changes nothing. " + "Answers the candidate with its tags.")
    @DocumentedWrite(result = Candidate.class)
    Mono<ResponseEntity<byte[]>> addTag(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(description = WriteRequest.IDEMPOTENCY_KEY_DOC)
                    @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody TagAssignment body,
            @Parameter(hidden = true) HttpServletRequest request) {
        return responses.changed(
                WriteRequest.of(tenant, idempotencyKey, request, body),
                () -> ats.addCandidateTag(tenant, id, body.tagId()));
    }
}
