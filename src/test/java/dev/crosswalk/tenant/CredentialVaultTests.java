package dev.crosswalk.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CredentialVaultTests {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private final UUID tenant = UUID.randomUUID();
    private final CredentialVault vault = vault(KEY_A, List.of());

    @Test
    void roundTripsAKey() {
        CredentialVault.Sealed sealed = vault.seal(tenant, "ashby", Secret.of("ashby-live-key"));

        assertThat(vault.open(tenant, "ashby", sealed).reveal()).isEqualTo("ashby-live-key");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.UTF_8)).doesNotContain("ashby-live-key");
        assertThat(sealed.nonce()).hasSize(12);
    }

    @Test
    void flippedCiphertextBitFailsToDecrypt() {
        CredentialVault.Sealed sealed = vault.seal(tenant, "ashby", Secret.of("ashby-live-key"));
        byte[] tampered = sealed.ciphertext().clone();
        tampered[3] ^= 0x01;

        assertThatThrownBy(() -> vault.open(
                        tenant, "ashby", new CredentialVault.Sealed(sealed.keyId(), sealed.nonce(), tampered)))
                .isInstanceOf(CredentialVault.VaultException.class)
                .hasMessageNotContaining("ashby-live-key");
    }

    @Test
    void ciphertextOfOneTenantDoesNotOpenForAnotherOrAnotherVendor() {
        CredentialVault.Sealed sealed = vault.seal(tenant, "ashby", Secret.of("ashby-live-key"));

        assertThatThrownBy(() -> vault.open(UUID.randomUUID(), "ashby", sealed))
                .isInstanceOf(CredentialVault.VaultException.class);
        assertThatThrownBy(() -> vault.open(tenant, "greenhouse", sealed))
                .isInstanceOf(CredentialVault.VaultException.class);
    }

    @Test
    void wrongMasterKeyFailsToDecrypt() {
        CredentialVault.Sealed sealed = vault.seal(tenant, "ashby", Secret.of("ashby-live-key"));
        CredentialVault other = vault(KEY_B, List.of());

        assertThatThrownBy(() -> other.open(tenant, "ashby", sealed))
                .isInstanceOf(CredentialVault.VaultException.class);
        // Even when the stored key id is forged to the other vault's current key:
        CredentialVault.Sealed forged = new CredentialVault.Sealed(
                new MasterKey(KEY_B, List.of(), "unused").currentId(), sealed.nonce(), sealed.ciphertext());
        assertThatThrownBy(() -> other.open(tenant, "ashby", forged))
                .isInstanceOf(CredentialVault.VaultException.class);
    }

    @Test
    void previousMasterKeyStillOpensAndRotationReseals() {
        CredentialVault.Sealed old = vault.seal(tenant, "ashby", Secret.of("ashby-live-key"));
        CredentialVault rotated = vault(KEY_B, List.of(KEY_A));

        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.open(tenant, "ashby", old).reveal()).isEqualTo("ashby-live-key");
        CredentialVault.Sealed resealed = rotated.seal(tenant, "ashby", rotated.open(tenant, "ashby", old));
        assertThat(rotated.isCurrent(resealed)).isTrue();
        assertThat(vault(KEY_B, List.of()).open(tenant, "ashby", resealed).reveal())
                .isEqualTo("ashby-live-key");
    }

    @Test
    void noncesNeverRepeat() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            nonces.add(Base64.getEncoder()
                    .encodeToString(
                            vault.seal(tenant, "ashby", Secret.of("same-key")).nonce()));
        }
        assertThat(nonces).hasSize(20_000);
    }

    @Test
    void secretsDoNotPrint() {
        CredentialVault.Sealed sealed = vault.seal(tenant, "ashby", Secret.of("ashby-live-key"));

        assertThat(Secret.of("ashby-live-key").toString()).doesNotContain("ashby-live-key");
        assertThat(sealed.toString()).doesNotContain(Base64.getEncoder().encodeToString(sealed.ciphertext()));
        assertThat(new TenantContext(tenant, "Acme", "ashby", Secret.of("ashby-live-key")).toString())
                .doesNotContain("ashby-live-key");
    }

    @Test
    void rejectsAMasterKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new MasterKey(Base64.getEncoder().encodeToString(new byte[16]), List.of(), "unused"))
                .hasMessageContaining("32 bytes");
    }

    private static CredentialVault vault(String key, List<String> previous) {
        return new CredentialVault(new MasterKey(key, previous, "unused"));
    }
}
