package dev.crosswalk.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant's ATS API key, stored only as AES-GCM ciphertext (see {@link CredentialVault}). */
@Entity
@Table(name = "tenant_credential")
class TenantCredential {

    @EmbeddedId
    private Key key;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    @Column(nullable = false)
    private byte[] nonce;

    @Column(nullable = false)
    private byte[] ciphertext;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> scopes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TenantCredential() {}

    TenantCredential(UUID tenantId, String vendor, CredentialVault.Sealed sealed, List<String> scopes, Instant now) {
        this.key = new Key(tenantId, vendor);
        reseal(sealed, scopes, now);
    }

    void reseal(CredentialVault.Sealed sealed, List<String> newScopes, Instant now) {
        this.keyId = sealed.keyId();
        this.nonce = sealed.nonce();
        this.ciphertext = sealed.ciphertext();
        this.scopes = List.copyOf(newScopes);
        this.updatedAt = now;
    }

    UUID tenantId() {
        return key.tenantId;
    }

    String vendor() {
        return key.vendor;
    }

    CredentialVault.Sealed sealed() {
        return new CredentialVault.Sealed(keyId, nonce, ciphertext);
    }

    List<String> scopes() {
        return scopes;
    }

    @Override
    public String toString() {
        return "TenantCredential[tenant=" + key.tenantId + ", vendor=" + key.vendor + ", keyId=" + keyId + "]";
    }

    /** Tenant and vendor: a tenant holds at most one credential per vendor. */
    @Embeddable
    record Key(
            @Column(name = "tenant_id") UUID tenantId,
            @Column(name = "vendor") String vendor) implements Serializable {}
}
