package dev.crosswalk.ashby;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Retry, circuit breaker and concurrency cap around Ashby calls, each keyed so that one customer's
 * broken key or throttled organisation never degrades another: the breaker per tenant
 * ({@code ashby-<tenant id>}), the cap per Ashby key (by a hash of it, as two tenants may share an
 * org). Outside in: retry (reads only) → breaker → cap → one attempt.
 */
@Component
class AshbyResilience {

    private static final Duration CAP_POLL_INTERVAL = Duration.ofMillis(25);

    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final BulkheadRegistry bulkheads;
    private final AshbyProperties.Breaker breakerSettings;
    private final AshbyProperties.Concurrency concurrency;
    private final CircuitBreakerConfig breakerConfig;
    private final RetryConfig retryConfig;
    private final BulkheadConfig bulkheadConfig;

    AshbyResilience(
            CircuitBreakerRegistry breakers,
            RetryRegistry retries,
            BulkheadRegistry bulkheads,
            AshbyProperties properties) {
        this.breakers = breakers;
        this.retries = retries;
        this.bulkheads = bulkheads;
        this.breakerSettings = properties.breaker();
        this.concurrency = properties.concurrency();
        this.breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breakerSettings.slidingWindowSize())
                .minimumNumberOfCalls(breakerSettings.minimumNumberOfCalls())
                .failureRateThreshold(breakerSettings.failureRateThreshold())
                .waitDurationInOpenState(breakerSettings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breakerSettings.permittedCallsInHalfOpenState())
                .recordException(failure -> failure instanceof UpstreamFailure upstream && upstream.unhealthy())
                .build();
        this.retryConfig = retryConfig(properties.retry());
        // No blocking wait inside the bulkhead: reactive callers must not park a thread; waiting is a delayed re-try
        // below.
        this.bulkheadConfig = BulkheadConfig.custom()
                .maxConcurrentCalls(concurrency.maxCallsPerKey())
                .maxWaitDuration(Duration.ZERO)
                .build();
    }

    /** Runs {@code attempt} (subscribed once per try) under the protections that fit the call. */
    <T> Mono<T> guard(AshbyErrors.Caller caller, boolean idempotent, Mono<T> attempt) {
        Bulkhead cap =
                bulkheads.bulkhead("ashby-key-" + fingerprint(caller.apiKey().reveal()), bulkheadConfig);
        Mono<T> guarded = attempt.transformDeferred(BulkheadOperator.of(cap))
                .retryWhen(reactor.util.retry.Retry.fixedDelay(
                                Math.max(0, concurrency.maxWait().toMillis() / CAP_POLL_INTERVAL.toMillis()),
                                CAP_POLL_INTERVAL)
                        .filter(BulkheadFullException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .onErrorMap(
                        BulkheadFullException.class,
                        full -> new UpstreamFailure(
                                ProblemCode.RATE_LIMITED,
                                "Too many simultaneous calls to Ashby with this tenant's key; retry shortly",
                                null,
                                AshbyErrors.DEFAULT_RETRY_AFTER,
                                null,
                                false,
                                false,
                                null));
        if (!caller.onboarding()) {
            CircuitBreaker breaker = breakers.circuitBreaker("ashby-" + caller.tenantId(), breakerConfig);
            guarded = guarded.transformDeferred(CircuitBreakerOperator.of(breaker));
        }
        if (idempotent) {
            Retry retry =
                    retries.retry("ashby-" + (caller.onboarding() ? "onboarding" : caller.tenantId()), retryConfig);
            guarded = guarded.transformDeferred(RetryOperator.of(retry));
        }
        return guarded.onErrorMap(
                CallNotPermittedException.class,
                open -> new CrosswalkException(
                        ProblemCode.UPSTREAM_UNAVAILABLE,
                        "Calls to Ashby for this tenant are paused after repeated failures; retry later",
                        null,
                        breakerSettings.waitInOpenState(),
                        null));
    }

    private static RetryConfig retryConfig(AshbyProperties.Retry settings) {
        Duration cap = settings.maxBackoff();
        IntervalFunction backoff =
                IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5, cap);
        return RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(failure -> failure instanceof UpstreamFailure upstream
                        && upstream.retryable()
                        && (upstream.upstreamRetryAfter() == null
                                || upstream.upstreamRetryAfter().compareTo(cap) <= 0))
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft()
                            && outcome.getLeft() instanceof UpstreamFailure upstream
                            && upstream.upstreamRetryAfter() != null) {
                        return Math.max(1, upstream.upstreamRetryAfter().toMillis());
                    }
                    return backoff.apply(attempt);
                })
                .build();
    }

    /** A non-reversible name for a key, so registries and metrics never hold the key itself. */
    static String fingerprint(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
