package dev.crosswalk.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One Bucket4j token bucket per tenant. With the PostgreSQL backend the buckets live in the shared
 * database, so the limit holds across instances; each instance syncs its bucket lazily (see
 * {@link RateLimitProperties#maxUnsynced()}): only the request that reaches its bounds pays a database round trip.
 */
@Component
class TenantRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(TenantRateLimiter.class);

    private final RateLimitProperties properties;
    private final BucketConfiguration configuration;
    private final LoadingCache<UUID, Bucket> buckets;

    TenantRateLimiter(RateLimitProperties properties, DataSource dataSource) {
        this.properties = properties;
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.burst())
                        .refillGreedy(properties.requestsPerSecond(), Duration.ofSeconds(1)))
                .build();
        ProxyManager<String> shared = properties.backend() == RateLimitProperties.Backend.POSTGRES
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("rate_limit_bucket")
                        .idColumn("id")
                        .stateColumn("state")
                        .expiresAtColumn("expires_at")
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofMinutes(5)))
                        .build()
                : null;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMinutes(10))
                .maximumSize(100_000)
                .build(tenant -> shared == null
                        ? Bucket.builder()
                                .addLimit(configuration.getBandwidths()[0])
                                .build()
                        : remote(shared, properties).build("tenant:" + tenant, () -> configuration));
    }

    /** Lazy sync trades a bounded overshoot for one database round trip per few requests instead of one each; 0 syncs every request. */
    private static io.github.bucket4j.distributed.proxy.RemoteBucketBuilder<String> remote(
            ProxyManager<String> shared, RateLimitProperties properties) {
        return properties.maxUnsynced() <= 0
                ? shared.builder()
                : shared.builder()
                        .withOptimization(Optimizations.delaying(
                                new DelayParameters(properties.maxUnsynced(), properties.syncInterval())));
    }

    /** What a request learns from the limiter: admitted or not, and the numbers for the headers. */
    record Decision(boolean admitted, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}

    Decision tryAcquire(UUID tenant) {
        ConsumptionProbe probe;
        try {
            probe = buckets.get(tenant).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            // The limiter protects capacity; it must not take the API down with the database.
            log.warn("Rate limiter unavailable, admitting the request: {}", e.getMessage());
            return new Decision(true, properties.burst(), properties.burst(), 0, 0);
        }
        long missing = properties.burst() - probe.getRemainingTokens();
        long resetSeconds = ceilDiv(missing, properties.requestsPerSecond());
        long retryAfter =
                probe.isConsumed() ? 0 : Math.max(1, ceilDiv(probe.getNanosToWaitForRefill(), 1_000_000_000L));
        return new Decision(
                probe.isConsumed(), properties.burst(), probe.getRemainingTokens(), resetSeconds, retryAfter);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
