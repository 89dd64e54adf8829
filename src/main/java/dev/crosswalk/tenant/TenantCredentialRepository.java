package dev.crosswalk.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** Queries are SQL ({@code @NativeQuery}): see {@link TenantRepository} for why. */
interface TenantCredentialRepository extends JpaRepository<TenantCredential, TenantCredential.Key> {

    @NativeQuery("select * from tenant_credential where key_id <> :keyId")
    List<TenantCredential> findByKeyIdNot(String keyId);

    /** The tenant's credentials: one ATS per tenant today, so at most one row. */
    @NativeQuery("select * from tenant_credential where tenant_id = :tenantId order by vendor limit 1")
    Optional<TenantCredential> findByTenantId(UUID tenantId);
}
