package dev.crosswalk.sandbox;

import java.time.Duration;

/**
 * Misbehaviour a sandbox key can be told to show, for resilience tests and benchmarks. All off by
 * default. Fractions are probabilities per request (0 = never, 1 = always).
 *
 * @param latency added before every answer (without holding a server thread)
 * @param requestsPerSecond above this many requests in a second the key gets HTTP 429 with
 *        {@code Retry-After} and {@code rate_limit_exceeded}; 0 = unlimited
 * @param serverErrorRate fraction of requests answered with HTTP 500/502/503
 * @param malformedRate fraction of requests answered HTTP 200 with a truncated JSON body
 * @param hangRate fraction of requests never answered (until the sandbox's hang timeout)
 * @param expireCursors every cursor presented is answered {@code next_cursor_expired}
 */
public record SandboxKnobs(
        Duration latency,
        int requestsPerSecond,
        double serverErrorRate,
        double malformedRate,
        double hangRate,
        boolean expireCursors) {

    /** No misbehaviour at all. */
    public static final SandboxKnobs NONE = new SandboxKnobs(Duration.ZERO, 0, 0, 0, 0, false);

    public SandboxKnobs {
        latency = latency == null || latency.isNegative() ? Duration.ZERO : latency;
        requestsPerSecond = Math.max(0, requestsPerSecond);
        serverErrorRate = clamp(serverErrorRate);
        malformedRate = clamp(malformedRate);
        hangRate = clamp(hangRate);
    }

    public SandboxKnobs withLatency(Duration value) {
        return new SandboxKnobs(value, requestsPerSecond, serverErrorRate, malformedRate, hangRate, expireCursors);
    }

    public SandboxKnobs withRequestsPerSecond(int value) {
        return new SandboxKnobs(latency, value, serverErrorRate, malformedRate, hangRate, expireCursors);
    }

    public SandboxKnobs withServerErrorRate(double value) {
        return new SandboxKnobs(latency, requestsPerSecond, value, malformedRate, hangRate, expireCursors);
    }

    public SandboxKnobs withMalformedRate(double value) {
        return new SandboxKnobs(latency, requestsPerSecond, serverErrorRate, value, hangRate, expireCursors);
    }

    public SandboxKnobs withHangRate(double value) {
        return new SandboxKnobs(latency, requestsPerSecond, serverErrorRate, malformedRate, value, expireCursors);
    }

    public SandboxKnobs withExpireCursors(boolean value) {
        return new SandboxKnobs(latency, requestsPerSecond, serverErrorRate, malformedRate, hangRate, value);
    }

    private static double clamp(double fraction) {
        return Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    }
}
