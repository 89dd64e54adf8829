package dev.crosswalk.tenant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantCredentialRepository extends JpaRepository<TenantCredential, TenantCredential.Key> {

    List<TenantCredential> findByKeyIdNot(String keyId);
}
