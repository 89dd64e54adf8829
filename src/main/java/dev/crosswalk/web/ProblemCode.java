package dev.crosswalk.web;

import org.springframework.http.HttpStatus;

/**
 * The stable, snake_case error codes of the contract, each with its HTTP status and a human title.
 * The problem's {@code type} is derived from the code, so clients can switch on either.
 */
public enum ProblemCode {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
    INVALID_CURSOR(HttpStatus.BAD_REQUEST, "Invalid cursor"),
    INVALID_SYNC_TOKEN(HttpStatus.BAD_REQUEST, "Invalid sync token"),
    SYNC_UNSUPPORTED(HttpStatus.BAD_REQUEST, "Incremental sync not supported"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized"),
    TENANT_DISABLED(HttpStatus.FORBIDDEN, "Tenant disabled"),
    UPSTREAM_PERMISSION_DENIED(HttpStatus.FORBIDDEN, "Upstream permission denied"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "Conflict"),
    CURSOR_EXPIRED(HttpStatus.CONFLICT, "Cursor expired"),
    SYNC_TOKEN_EXPIRED(HttpStatus.CONFLICT, "Sync token expired"),
    IDEMPOTENCY_REQUEST_IN_PROGRESS(HttpStatus.CONFLICT, "Request with this idempotency key in progress"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    UPSTREAM_CREDENTIALS_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT, "Upstream credentials rejected"),
    IDEMPOTENCY_KEY_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused with another request"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Rate limited"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    UPSTREAM_AUTH_FAILED(HttpStatus.BAD_GATEWAY, "Upstream rejected the stored credentials"),
    UPSTREAM_ERROR(HttpStatus.BAD_GATEWAY, "Upstream error"),
    UPSTREAM_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Upstream unavailable"),
    UPSTREAM_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "Upstream timeout");

    private final HttpStatus status;
    private final String title;

    ProblemCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The contract's code, e.g. {@code invalid_cursor}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A stable URI naming the kind of problem (not the request URL). */
    public java.net.URI type() {
        return java.net.URI.create("https://crosswalk.dev/problems/" + code().replace('_', '-'));
    }
}
