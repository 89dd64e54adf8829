package dev.crosswalk.ashby;

import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real {@link AshbyClient} against a stub Ashby, without Spring: one attempt per call and a breaker
 * that does not open, so tests of the resource logic see each stubbed answer exactly once.
 */
public final class AshbyTestClients {

    private AshbyTestClients() {}

    /** A tenant of the tests: its key is what a stub sees in Basic auth. */
    public static TenantContext tenant(String apiKey) {
        return new TenantContext(UUID.randomUUID(), "Tenant", Ashby.VENDOR, Secret.of(apiKey));
    }

    public static AshbyClient singleAttempt(String baseUrl) {
        AshbyProperties properties = new AshbyProperties(
                URI.create(baseUrl),
                "2026-01-01",
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                DataSize.ofMegabytes(1),
                new AshbyProperties.Retry(1, Duration.ofMillis(10), Duration.ofMillis(100)),
                new AshbyProperties.Breaker(50, 100, 100, Duration.ofSeconds(30), 1),
                new AshbyProperties.Concurrency(4, Duration.ofSeconds(1)));
        return new AshbyClient(
                new AshbyTransport(WebClient.builder(), properties),
                new AshbyResilience(
                        CircuitBreakerRegistry.ofDefaults(),
                        RetryRegistry.ofDefaults(),
                        BulkheadRegistry.ofDefaults(),
                        properties),
                JsonMapper.builder().build(),
                event -> {},
                new SimpleMeterRegistry());
    }
}
