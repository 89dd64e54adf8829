package dev.crosswalk.tenant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** Queries are SQL ({@code @NativeQuery}): see {@link TenantRepository} for why. */
interface TenantCredentialRepository extends JpaRepository<TenantCredential, TenantCredential.Key> {

    @NativeQuery("select * from tenant_credential where key_id <> :keyId")
    List<TenantCredential> findByKeyIdNot(String keyId);
}
