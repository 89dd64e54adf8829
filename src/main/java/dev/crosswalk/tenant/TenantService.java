package dev.crosswalk.tenant;

import dev.crosswalk.tenant.CredentialsCheck.CheckedCredentials;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboarding and lifecycle of tenants: credentials are checked with the ATS before anything is
 * stored, keys go into the vault, tokens are issued once and kept as hashes.
 */
@Service
public class TenantService {

    private static final Logger log = LoggerFactory.getLogger(TenantService.class);
    private static final Duration CREDENTIAL_CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final TenantRepository tenants;
    private final TenantCredentialRepository credentials;
    private final TenantTokenRepository tokens;
    private final CredentialVault vault;
    private final TenantDirectory directory;
    private final Map<String, CredentialsCheck> checks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TenantService(
            TenantRepository tenants,
            TenantCredentialRepository credentials,
            TenantTokenRepository tokens,
            CredentialVault vault,
            TenantDirectory directory,
            List<CredentialsCheck> checks,
            TransactionTemplate transaction,
            Clock clock) {
        this.tenants = tenants;
        this.credentials = credentials;
        this.tokens = tokens;
        this.vault = vault;
        this.directory = directory;
        this.checks = checks.stream().collect(Collectors.toMap(CredentialsCheck::vendor, Function.identity()));
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A tenant as the admin API shows it; never with its key. */
    public record TenantSummary(
            UUID id,
            String name,
            String externalId,
            TenantStatus status,
            Instant createdAt,
            Instant updatedAt,
            List<String> scopes) {}

    /** A newly created tenant with its first API token, shown only this once. */
    public record CreatedTenant(TenantSummary tenant, IssuedToken token) {}

    /** A newly issued token: the secret is in {@code token}, shown once. */
    public record IssuedToken(UUID id, Secret token, Instant createdAt) {}

    /** A token as listed: id and dates only. */
    public record TokenSummary(UUID id, Instant createdAt) {}

    /** Onboards a tenant whose ATS is {@code vendor}, after the vendor accepted {@code apiKey}. */
    public CreatedTenant create(String name, String externalId, String vendor, Secret apiKey) {
        if (externalId != null && tenants.existsByExternalId(externalId)) {
            throw conflict(externalId);
        }
        CheckedCredentials check = verify(vendor, apiKey);
        UUID id = UUID.randomUUID();
        try {
            CreatedTenant created = transaction.execute(status -> {
                Instant now = now();
                Tenant tenant = tenants.save(new Tenant(id, name, externalId, now));
                credentials.save(new TenantCredential(id, vendor, vault.seal(id, vendor, apiKey), check.scopes(), now));
                return new CreatedTenant(summary(tenant, check.scopes()), issue(id, now));
            });
            log.info("Created tenant {}", id);
            return created;
        } catch (DataIntegrityViolationException e) {
            if (externalId != null && tenants.existsByExternalId(externalId)) {
                throw conflict(externalId);
            }
            throw e;
        }
    }

    public List<TenantSummary> page(Instant afterCreatedAt, UUID afterId, int limit) {
        List<Tenant> page = afterId == null
                ? tenants.firstPage(Limit.of(limit))
                : tenants.pageAfter(afterCreatedAt, afterId, Limit.of(limit));
        return page.stream().map(this::summary).toList();
    }

    public TenantSummary get(UUID id) {
        return summary(find(id));
    }

    public TenantSummary update(UUID id, String name, TenantStatus status) {
        TenantSummary updated = transaction.execute(tx -> {
            Tenant tenant = find(id);
            Instant now = now();
            if (name != null) {
                tenant.rename(name, now);
            }
            if (status != null) {
                tenant.changeStatus(status, now);
            }
            return summary(tenant);
        });
        directory.evict(id);
        return updated;
    }

    public void delete(UUID id) {
        transaction.executeWithoutResult(tx -> tenants.delete(find(id)));
        directory.evict(id);
        log.info("Deleted tenant {}", id);
    }

    /** Replaces the tenant's ATS key after checking it; a tenant waiting for re-authentication becomes active. */
    public TenantSummary rotateCredentials(UUID id, String vendor, Secret apiKey) {
        find(id);
        CheckedCredentials check = verify(vendor, apiKey);
        TenantSummary updated = transaction.execute(tx -> {
            Tenant tenant = find(id);
            Instant now = now();
            CredentialVault.Sealed sealed = vault.seal(id, vendor, apiKey);
            credentials
                    .findById(new TenantCredential.Key(id, vendor))
                    .ifPresentOrElse(
                            credential -> credential.reseal(sealed, check.scopes(), now),
                            () -> credentials.save(new TenantCredential(id, vendor, sealed, check.scopes(), now)));
            if (tenant.status() == TenantStatus.NEEDS_REAUTH) {
                tenant.changeStatus(TenantStatus.ACTIVE, now);
            }
            return summary(tenant, check.scopes());
        });
        directory.evict(id);
        log.info("Rotated the ATS credentials of tenant {}", id);
        return updated;
    }

    public IssuedToken issueToken(UUID tenantId) {
        return transaction.execute(tx -> {
            find(tenantId);
            return issue(tenantId, now());
        });
    }

    public List<TokenSummary> tokens(UUID tenantId) {
        find(tenantId);
        return tokens.findByTenantIdAndRevokedAtIsNullOrderByCreatedAt(tenantId).stream()
                .map(token -> new TokenSummary(token.id(), token.createdAt()))
                .toList();
    }

    public void revokeToken(UUID tenantId, UUID tokenId) {
        transaction.executeWithoutResult(tx -> {
            TenantToken token = tokens.findByIdAndTenantId(tokenId, tenantId)
                    .filter(found -> !found.revoked())
                    .orElseThrow(() -> new CrosswalkException(
                            ProblemCode.NOT_FOUND, "Tenant " + tenantId + " has no active token " + tokenId));
            token.revoke(now());
        });
        directory.evict(tenantId);
        log.info("Revoked token {} of tenant {}", tokenId, tenantId);
    }

    /** The ATS rejected the tenant's stored key: stop trusting it until it is rotated. */
    @Async
    @EventListener
    void credentialsRejected(CredentialsRejectedEvent event) {
        transaction.executeWithoutResult(tx -> tenants.findById(event.tenantId())
                .filter(tenant -> tenant.status() == TenantStatus.ACTIVE)
                .ifPresent(tenant -> {
                    tenant.changeStatus(TenantStatus.NEEDS_REAUTH, now());
                    log.warn("The ATS rejected the stored credentials of tenant {}; marked needs_reauth", tenant.id());
                }));
        directory.evict(event.tenantId());
    }

    private IssuedToken issue(UUID tenantId, Instant now) {
        Secret token = ApiTokens.generate();
        TenantToken stored =
                tokens.save(new TenantToken(UUID.randomUUID(), tenantId, ApiTokens.hash(token.reveal()), now));
        return new IssuedToken(stored.id(), token, now);
    }

    private CheckedCredentials verify(String vendor, Secret apiKey) {
        CredentialsCheck check = checks.get(vendor);
        if (check == null) {
            throw new CrosswalkException(
                    ProblemCode.NOT_FOUND, "Crosswalk has no connector for the ATS '" + vendor + "'");
        }
        return check.check(apiKey)
                .timeout(
                        CREDENTIAL_CHECK_TIMEOUT,
                        reactor.core.publisher.Mono.error(() -> new CrosswalkException(
                                ProblemCode.UPSTREAM_TIMEOUT, "The ATS did not answer the credential check in time")))
                .blockOptional()
                .orElseThrow(() -> new CrosswalkException(
                        ProblemCode.UPSTREAM_ERROR, "The ATS sent no answer to the credential check"));
    }

    private Tenant find(UUID id) {
        return tenants.findById(id)
                .orElseThrow(() -> new CrosswalkException(ProblemCode.NOT_FOUND, "No tenant with id " + id));
    }

    private TenantSummary summary(Tenant tenant) {
        List<String> scopes = credentials
                .findByTenantId(tenant.id())
                .map(TenantCredential::scopes)
                .orElse(List.of());
        return summary(tenant, scopes);
    }

    private static TenantSummary summary(Tenant tenant, List<String> scopes) {
        return new TenantSummary(
                tenant.id(),
                tenant.name(),
                tenant.externalId(),
                tenant.status(),
                tenant.createdAt(),
                tenant.updatedAt(),
                List.copyOf(scopes));
    }

    private static CrosswalkException conflict(String externalId) {
        return new CrosswalkException(
                ProblemCode.CONFLICT, "A tenant with external_id '" + externalId + "' already exists");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
