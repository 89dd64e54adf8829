package dev.crosswalk.web;

import java.time.Duration;

/**
 * A failure the client should see as a problem+json response with a contract code.
 * The detail is written for the API user and must never contain a secret.
 */
public class CrosswalkException extends RuntimeException {

    private final ProblemCode code;
    private final RemoteError remote;
    private final Duration retryAfter;

    public CrosswalkException(ProblemCode code, String detail) {
        this(code, detail, null, null, null);
    }

    public CrosswalkException(
            ProblemCode code, String detail, RemoteError remote, Duration retryAfter, Throwable cause) {
        super(detail, cause, false, false);
        this.code = code;
        this.remote = remote;
        this.retryAfter = retryAfter;
    }

    public ProblemCode code() {
        return code;
    }

    /** What the upstream ATS said, when the failure came from it; otherwise null. */
    public RemoteError remote() {
        return remote;
    }

    /** How long the client should wait before retrying, when known; otherwise null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The upstream's own status, code and message, surfaced as the problem's {@code remote} member. */
    public record RemoteError(Integer status, String code, String message) {}
}
