package dev.crosswalk.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantTokenRepository extends JpaRepository<TenantToken, UUID> {

    Optional<TenantToken> findByTokenHash(byte[] tokenHash);

    List<TenantToken> findByTenantIdAndRevokedAtIsNullOrderByCreatedAt(UUID tenantId);

    Optional<TenantToken> findByIdAndTenantId(UUID id, UUID tenantId);
}
