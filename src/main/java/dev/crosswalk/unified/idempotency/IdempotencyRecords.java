package dev.crosswalk.unified.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code idempotency_record} table; every state change is one conditional statement, safe across instances. */
@Repository
class IdempotencyRecords {

    private final JdbcClient jdbc;

    IdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored record. */
    record Stored(
            byte[] fingerprint,
            String state,
            Integer status,
            String location,
            byte[] body,
            Instant lockedUntil,
            Instant createdAt) {}

    /** Claims the key for a first attempt; false when a record already exists. */
    boolean claim(UUID tenant, String key, byte[] fingerprint, Instant now, Instant lockedUntil, Instant expiresAt) {
        return jdbc.sql("""
                        insert into idempotency_record
                            (tenant_id, idempotency_key, fingerprint, state, locked_until, created_at, expires_at)
                        values (:tenant, :key, :fingerprint, 'in_progress', :lockedUntil, :now, :expiresAt)
                        on conflict do nothing""")
                        .param("tenant", tenant)
                        .param("key", key)
                        .param("fingerprint", fingerprint)
                        .param("lockedUntil", Timestamp.from(lockedUntil))
                        .param("now", Timestamp.from(now))
                        .param("expiresAt", Timestamp.from(expiresAt))
                        .update()
                == 1;
    }

    Optional<Stored> find(UUID tenant, String key, Instant now) {
        return jdbc.sql("""
                        select fingerprint, state, response_status, response_location, response_body, locked_until, created_at
                        from idempotency_record
                        where tenant_id = :tenant and idempotency_key = :key and expires_at > :now""")
                .param("tenant", tenant)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Stored(
                        rs.getBytes(1),
                        rs.getString(2),
                        (Integer) rs.getObject(3),
                        rs.getString(4),
                        rs.getBytes(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant()))
                .optional();
    }

    /** Takes over a record whose outcome is unknown, or whose first attempt died holding the lock. */
    boolean takeOver(UUID tenant, String key, Instant now, Instant lockedUntil) {
        return jdbc.sql("""
                        update idempotency_record set state = 'in_progress', locked_until = :lockedUntil
                        where tenant_id = :tenant and idempotency_key = :key
                          and (state = 'unknown' or (state = 'in_progress' and locked_until <= :now))""")
                        .param("tenant", tenant)
                        .param("key", key)
                        .param("lockedUntil", Timestamp.from(lockedUntil))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    void complete(UUID tenant, String key, WriteResponse response) {
        jdbc.sql("""
                        update idempotency_record
                        set state = 'completed', response_status = :status, response_location = :location, response_body = :body
                        where tenant_id = :tenant and idempotency_key = :key""")
                .param("tenant", tenant)
                .param("key", key)
                .param("status", response.status())
                .param("location", response.location())
                .param("body", response.body())
                .update();
    }

    void markUnknown(UUID tenant, String key) {
        jdbc.sql("update idempotency_record set state = 'unknown' where tenant_id = :tenant and idempotency_key = :key")
                .param("tenant", tenant)
                .param("key", key)
                .update();
    }

    void release(UUID tenant, String key) {
        jdbc.sql(
                        "delete from idempotency_record where tenant_id = :tenant and idempotency_key = :key and state <> 'completed'")
                .param("tenant", tenant)
                .param("key", key)
                .update();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("delete from idempotency_record where expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }
}
