package dev.crosswalk.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tenant API token, of which only the SHA-256 hash is kept; the token itself is shown once. */
@Entity
@Table(name = "tenant_token")
class TenantToken {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private byte[] tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected TenantToken() {}

    TenantToken(UUID id, UUID tenantId, byte[] tokenHash, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    @Override
    public String toString() {
        return "TenantToken[id=" + id + ", tenant=" + tenantId + "]";
    }
}
