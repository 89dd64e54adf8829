package dev.crosswalk.proxy;

import dev.crosswalk.ashby.AshbyPassthrough;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /proxy/ashby/{method}}: the 1:1 passthrough to Ashby for what the unified API does
 * not cover. Both bodies stream in small buffers, so memory use does not grow with their size: the
 * client's body is read as Ashby's connection asks for it, and Ashby's body is written to the client
 * as it arrives, with bounded demand. No servlet thread waits for Ashby to answer.
 */
@RestController
@Tag(name = "Passthrough", description = "Ashby's own API, one call at a time, with the tenant's key")
@SecurityRequirement(name = "tenant")
class AshbyProxyController {

    /** {@code category.method} only: no slashes, dots elsewhere or host names can reach the URL. */
    private static final Pattern METHOD = Pattern.compile("^[a-zA-Z]+\\.[a-zA-Z]+$");

    private static final int BUFFER_BYTES = 16 * 1024;
    private static final int BUFFERS_IN_FLIGHT = 4;
    /** A body up to this size (most Ashby calls: a few hundred bytes) is read at once, with no hand-off to a worker. */
    private static final int SMALL_BODY_BYTES = 64 * 1024;
    /** Tomcat writes the answer to the socket in pieces this large (its default, 8 KiB, means 26 writes for 200 KB). */
    private static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

    private final AshbyPassthrough ashby;

    AshbyProxyController(AshbyPassthrough ashby) {
        this.ashby = ashby;
    }

    @PostMapping("/proxy/ashby/{method}")
    @Operation(
            operationId = "callAshby",
            summary = "Call an Ashby method directly",
            description = "The body goes to Ashby's method (e.g. candidate.list) unchanged with the tenant's key; "
                    + "Ashby's status, body and Content-Type come back unchanged. Never retried.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "Ashby's answer, whatever its status",
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    Mono<ResponseEntity<StreamingResponseBody>> forward(
            @Parameter(hidden = true) TenantContext tenant,
            @Parameter(description = "An Ashby method, category.method", example = "candidate.list") @PathVariable
                    String method,
            @Parameter(hidden = true) HttpServletRequest request,
            @Parameter(hidden = true) HttpServletResponse response) {
        if (!METHOD.matcher(method).matches()) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_REQUEST,
                    "Path segment 'method' must be an Ashby method name such as candidate.list");
        }
        Flux<DataBuffer> body = body(request);
        response.setBufferSize(RESPONSE_BUFFER_BYTES);
        return ashby.forward(tenant, method, headers -> ForwardedHeaders.copyToAshby(request, headers), body)
                .map(answer -> ResponseEntity.status(answer.getStatusCode())
                        .headers(ForwardedHeaders.backToClient(answer.getHeaders()))
                        .body(output -> {
                            try (InputStream in =
                                    DataBufferUtils.subscriberInputStream(answer.getBody(), BUFFERS_IN_FLIGHT)) {
                                in.transferTo(output);
                            }
                        }));
    }

    /**
     * The client's body: read here when it is small and its length declared; otherwise streamed
     * from a worker (reading the servlet stream blocks), buffer by buffer, as Netty sends.
     */
    private static Flux<DataBuffer> body(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared >= 0 && declared <= SMALL_BODY_BYTES) {
            byte[] bytes;
            try {
                bytes = request.getInputStream().readNBytes((int) declared);
            } catch (IOException e) {
                bytes = new byte[0];
            }
            if (bytes.length < declared) {
                // Nothing reaches Ashby: the client went away before sending what it announced.
                throw new CrosswalkException(
                        ProblemCode.INVALID_REQUEST, "The request body ended before its Content-Length");
            }
            return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
        }
        return DataBufferUtils.readInputStream(
                        request::getInputStream, DefaultDataBufferFactory.sharedInstance, BUFFER_BYTES)
                .subscribeOn(Schedulers.boundedElastic());
    }
}
