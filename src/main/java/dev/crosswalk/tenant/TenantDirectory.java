package dev.crosswalk.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves a tenant API token to its tenant and decrypted ATS key: the only database touch on the
 * hot path, cached by token hash for {@code crosswalk.auth.cache-ttl} (default 30 s). Revocation,
 * rotation, disabling and deletion evict this instance's entries at once; the TTL is the bound
 * after which other instances see the change.
 */
@Component
public class TenantDirectory {

    private final TenantTokenRepository tokens;
    private final TenantRepository tenants;
    private final TenantCredentialRepository credentials;
    private final CredentialVault vault;
    private final Cache<String, Authenticated> cache;
    private final TransactionTemplate readOnly;

    TenantDirectory(
            TenantTokenRepository tokens,
            TenantRepository tenants,
            TenantCredentialRepository credentials,
            CredentialVault vault,
            @Value("${crosswalk.auth.cache-ttl:30s}") Duration ttl,
            PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.tenants = tenants;
        this.credentials = credentials;
        this.vault = vault;
        this.cache =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** An authenticated token: the tenant's context and its status at resolution time. */
    public record Authenticated(TenantContext tenant, TenantStatus status) {}

    /**
     * The tenant a bearer token belongs to, or empty for an unknown or revoked token. Only a cache
     * miss opens a transaction: one per request would take a pooled connection, and database round
     * trips, even for a hit.
     */
    public Optional<Authenticated> authenticate(String token) {
        byte[] hash = ApiTokens.hash(token);
        String cacheKey = HexFormat.of().formatHex(hash);
        Authenticated cached = cache.getIfPresent(cacheKey);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Authenticated> resolved = readOnly.execute(status -> tokens.findByTokenHash(hash)
                .filter(stored -> !stored.revoked())
                .flatMap(stored -> tenants.findById(stored.tenantId()))
                .flatMap(this::resolve));
        resolved.ifPresent(authenticated -> cache.put(cacheKey, authenticated));
        return resolved;
    }

    /** Drops every cached token of the tenant on this instance. */
    void evict(UUID tenantId) {
        cache.asMap().values().removeIf(entry -> entry.tenant().id().equals(tenantId));
    }

    private Optional<Authenticated> resolve(Tenant tenant) {
        return credentials
                .findByTenantId(tenant.id())
                .map(credential -> new Authenticated(
                        new TenantContext(
                                tenant.id(),
                                tenant.name(),
                                credential.vendor(),
                                vault.open(tenant.id(), credential.vendor(), credential.sealed())),
                        tenant.status()));
    }
}
