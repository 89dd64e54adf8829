package dev.crosswalk.ashby;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Duration;

/**
 * A failed Ashby call, labelled once at the edge: whether trying again may help ({@code retryable}:
 * 429, 5xx, connection failures) and whether it says something about the health of the tenant's
 * upstream ({@code unhealthy}: what the circuit breaker counts). Business answers such as
 * {@code candidate_not_found} are neither.
 */
final class UpstreamFailure extends CrosswalkException {

    private final boolean retryable;
    private final boolean unhealthy;
    private final Duration upstreamRetryAfter;

    UpstreamFailure(
            ProblemCode code,
            String detail,
            RemoteError remote,
            Duration retryAfter,
            Duration upstreamRetryAfter,
            boolean retryable,
            boolean unhealthy,
            Throwable cause) {
        super(code, detail, remote, retryAfter, cause);
        this.retryable = retryable;
        this.unhealthy = unhealthy;
        this.upstreamRetryAfter = upstreamRetryAfter;
    }

    boolean retryable() {
        return retryable;
    }

    boolean unhealthy() {
        return unhealthy;
    }

    /** The wait Ashby itself asked for in {@code Retry-After}, or null when it named none. */
    Duration upstreamRetryAfter() {
        return upstreamRetryAfter;
    }
}
