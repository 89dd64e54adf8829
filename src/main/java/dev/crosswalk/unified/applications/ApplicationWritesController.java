package dev.crosswalk.unified.applications;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Application writes: create, move to a stage, reject. Each is safe to retry with an {@code Idempotency-Key}. */
@RestController
@RequestMapping(path = "/unified/ats/applications", produces = "application/json")
class ApplicationWritesController {

    private final AtsWrites ats;
    private final WriteResponses responses;

    ApplicationWritesController(AtsWrites ats, WriteResponses responses) {
        this.ats = ats;
        this.responses = responses;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create an application",
            description = "Considers a candidate for an open job. Retry with the "
                    + "same Idempotency-Key after a timeout: the gateway first looks among the candidate's applications for one "
                    + "to this job created since the first attempt.")
    @DocumentedWrite(result = Application.class, created = true)
    Mono<ResponseEntity<byte[]>> create(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(description = WriteRequest.IDEMPOTENCY_KEY_DOC)
                    @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody NewApplication body,
            @Parameter(hidden = true) HttpServletRequest request) {
        return responses.created(
                WriteRequest.of(tenant, idempotencyKey, request, body),
                () -> ats.createApplication(tenant, body),
                since -> ats.findCreatedApplication(tenant, body, since),
                Application::id);
    }

    @PostMapping(path = "/{id}/move-stage", consumes = "application/json")
    @Operation(
            summary = "Move an application to another stage",
            description = "The stage must belong to the "
                    + "application's interview plan. To archive an application, reject it (the ATS requires a reason).")
    @DocumentedWrite(result = Application.class)
    Mono<ResponseEntity<byte[]>> moveStage(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(description = WriteRequest.IDEMPOTENCY_KEY_DOC)
                    @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody StageMove body,
            @Parameter(hidden = true) HttpServletRequest request) {
        return responses.changed(
                WriteRequest.of(tenant, idempotencyKey, request, body),
                () -> ats.moveApplication(tenant, id, body.stage().id()));
    }

    @PostMapping(path = "/{id}/reject", consumes = "application/json")
    @Operation(
            summary = "Reject an application",
            description = "Moves the application to the Archived stage of its "
                    + "interview plan with the given reason; status becomes archived and rejected_at is set.")
    @DocumentedWrite(result = Application.class)
    Mono<ResponseEntity<byte[]>> reject(
            @Parameter(hidden = true) TenantContext tenant,
            @PathVariable String id,
            @Parameter(description = WriteRequest.IDEMPOTENCY_KEY_DOC)
                    @RequestHeader(name = WriteRequest.IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            @Valid @RequestBody Rejection body,
            @Parameter(hidden = true) HttpServletRequest request) {
        return responses.changed(
                WriteRequest.of(tenant, idempotencyKey, request, body),
                () -> ats.rejectApplication(tenant, id, body.rejectReason().id()));
    }
}
