package dev.crosswalk.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-tenant request limit of the tenant API: a token bucket refilled at
 * {@code requestsPerSecond} holding at most {@code burst} requests.
 *
 * @param backend {@code postgres} shares buckets between instances through the database;
 *                {@code memory} keeps them in this instance (single-instance deployments)
 * @param maxUnsynced with {@code postgres}, how many requests an instance may admit before it
 *                    writes its bucket back, and {@code syncInterval} how long it may wait at most:
 *                    a bounded overshoot in exchange for a database round trip only every few requests
 */
@ConfigurationProperties("crosswalk.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50") long requestsPerSecond,
        @DefaultValue("100") long burst,
        @DefaultValue("postgres") Backend backend,
        @DefaultValue("5") long maxUnsynced,
        @DefaultValue("250ms") Duration syncInterval) {

    /** Where buckets live. */
    public enum Backend {
        POSTGRES,
        MEMORY
    }
}
