package dev.crosswalk.sandbox;

import dev.crosswalk.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the sandbox's endpoints come out the way Ashby sends them ({@code success:false} with
 * {@code errors} and {@code errorInfo}), not as the gateway's problem+json: a client under test
 * must meet Ashby's error shapes. Ordered first so the gateway's global handler never sees them.
 */
@RestControllerAdvice(basePackageClasses = SandboxController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnSandbox
class SandboxExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SandboxExceptionHandler.class);

    private final SandboxDispatcher dispatcher;

    SandboxExceptionHandler(SandboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @ExceptionHandler(SandboxFailure.class)
    ResponseEntity<byte[]> failure(SandboxFailure failure, HttpServletRequest request) {
        return dispatcher.failure(failure, RequestIdFilter.requestId(request));
    }

    /** Framework refusals (wrong HTTP method, unreadable request): Ashby-shaped with their own status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse response
                && response.getStatusCode().is4xxClientError()) {
            int status = response.getStatusCode().value();
            String code = status == 405 ? "method_not_allowed" : "invalid_input";
            return dispatcher.failure(
                    new SandboxFailure(code, "The request is not valid", status), RequestIdFilter.requestId(request));
        }
        log.error("Sandbox failure", failure);
        return dispatcher.failure(
                new SandboxFailure("internal_server_error", "Something went wrong on our side", 500),
                RequestIdFilter.requestId(request));
    }
}
