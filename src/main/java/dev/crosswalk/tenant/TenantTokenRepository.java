package dev.crosswalk.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** Queries are SQL ({@code @NativeQuery}): see {@link TenantRepository} for why. */
interface TenantTokenRepository extends JpaRepository<TenantToken, UUID> {

    @NativeQuery("select * from tenant_token where token_hash = :tokenHash")
    Optional<TenantToken> findByTokenHash(byte[] tokenHash);

    @NativeQuery("select * from tenant_token where tenant_id = :tenantId and revoked_at is null order by created_at")
    List<TenantToken> findByTenantIdAndRevokedAtIsNullOrderByCreatedAt(UUID tenantId);

    @NativeQuery("select * from tenant_token where id = :id and tenant_id = :tenantId")
    Optional<TenantToken> findByIdAndTenantId(UUID id, UUID tenantId);
}
