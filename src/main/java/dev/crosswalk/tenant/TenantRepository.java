package dev.crosswalk.tenant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenantRepository extends JpaRepository<Tenant, UUID> {

    boolean existsByExternalId(String externalId);

    java.util.Optional<Tenant> findByExternalId(String externalId);

    /** Keyset page in creation order: stable while tenants are added or removed between pages. */
    @Query("select t from Tenant t where t.createdAt > :createdAt or (t.createdAt = :createdAt and t.id > :id) order by t.createdAt, t.id")
    List<Tenant> pageAfter(Instant createdAt, UUID id, Limit limit);

    @Query("select t from Tenant t order by t.createdAt, t.id")
    List<Tenant> firstPage(Limit limit);
}
