package dev.crosswalk.ashby;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Crosswalk talks to Ashby ({@code crosswalk.ashby.*}). Every value has a production default;
 * tests shorten the timeouts and point {@code base-url} at a stub.
 *
 * @param baseUrl         Ashby's API root; every call is {@code POST {base-url}/{method}}
 * @param version         sent as {@code Ashby-Version}; Ashby versions its API by date
 * @param connectTimeout  TCP connect timeout
 * @param responseTimeout how long one attempt may wait for Ashby's complete answer
 * @param maxResponseSize largest JSON body the unified API decodes (a page of 100 is far below;
 *                        the passthrough streams and is not bounded by it)
 * @param retry           retries of idempotent reads
 * @param breaker         the circuit breaker kept per tenant
 * @param concurrency     the cap on simultaneous calls per Ashby key
 */
@ConfigurationProperties("crosswalk.ashby")
public record AshbyProperties(
        @DefaultValue("https://api.ashbyhq.com") URI baseUrl,
        @DefaultValue("2026-01-01") String version,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration responseTimeout,
        @DefaultValue("8MB") DataSize maxResponseSize,
        @DefaultValue Retry retry,
        @DefaultValue Breaker breaker,
        @DefaultValue Concurrency concurrency) {

    /**
     * Reads are retried on 429, 5xx and connection failures only. Waits grow exponentially with
     * jitter from {@code initialBackoff} up to {@code maxBackoff}; a {@code Retry-After} up to
     * {@code maxBackoff} is honoured, a longer one ends the retries and reaches the client. So one
     * read costs at most {@code maxAttempts × responseTimeout + (maxAttempts − 1) × maxBackoff}.
     */
    public record Retry(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("2s") Duration maxBackoff) {}

    /** Count-based breaker per tenant: opens at {@code failureRateThreshold}% of the last calls. */
    public record Breaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("30s") Duration waitInOpenState,
            @DefaultValue("3") int permittedCallsInHalfOpenState) {}

    /**
     * Ashby throttles per organisation and peers saw 429s with four parallel streams, so calls per
     * key are capped. A call that finds the cap reached waits up to {@code maxWait} (without holding
     * a thread) and is then answered 429 {@code rate_limited}: the client is the one sending too much.
     */
    public record Concurrency(
            @DefaultValue("4") int maxCallsPerKey,
            @DefaultValue("2s") Duration maxWait) {}
}
