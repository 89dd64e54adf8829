package dev.crosswalk.unified.activities;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /unified/ats/activities}: adds a note to a candidate; safe to retry with an {@code Idempotency-Key}. */
@RestController
@RequestMapping(path = "/unified/ats/activities", produces = "application/json")
class ActivityWritesController {

    private final AtsWrites ats;
    private final WriteResponses responses;

    ActivityWritesController(AtsWrites ats, WriteResponses responses) {
        this.ats = ats;
        this.responses = responses;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Add a note to a candidate",
            description = "Creates an activity of type note. Notes are read "
                    + "back with GET /unified/ats/activities?candidate_id=... . Retry with the same Idempotency-Key after a "
                    + "timeout: the gateway first looks among the candidate's notes for one with the same text and visibility "
                    + "created since the first attempt.")
    @DocumentedWrite(result = Activity.class, created = true)
    Mono<ResponseEntity<byte[]>> create(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(description = WriteRequest.IDEMPOTENCY_KEY_DOC)
                    @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody NewNote body,
            @Parameter(hidden = true) HttpServletRequest request) {
        return responses.created(
                WriteRequest.of(tenant, idempotencyKey, request, body),
                () -> ats.createNote(tenant, body),
                since -> ats.findCreatedNote(tenant, body, since),
                Activity::id);
    }
}
