package dev.crosswalk.tenant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/**
 * The tenant repositories' queries are SQL ({@code @NativeQuery}), not JPQL or derived from method
 * names: either form loads Hibernate's and Spring Data's HQL parsers (ANTLR grammars), which cost
 * about 1.3 s of start-up on a cold JVM for a handful of one-table queries (bench/notes.md,
 * "Start-up"). PostgreSQL is the only database, so the SQL is not a portability loss.
 * {@code ArchitectureTests.repositoryQueriesAreSql} keeps it that way.
 */
interface TenantRepository extends JpaRepository<Tenant, UUID> {

    @NativeQuery("select exists (select 1 from tenant where external_id = :externalId)")
    boolean existsByExternalId(String externalId);

    @NativeQuery("select * from tenant where external_id = :externalId")
    Optional<Tenant> findByExternalId(String externalId);

    /** Keyset page in creation order: stable while tenants are added or removed between pages. */
    @NativeQuery("select * from tenant where (created_at, id) > (:createdAt, :id) order by created_at, id")
    List<Tenant> pageAfter(Instant createdAt, UUID id, Limit limit);

    @NativeQuery("select * from tenant order by created_at, id")
    List<Tenant> firstPage(Limit limit);
}
