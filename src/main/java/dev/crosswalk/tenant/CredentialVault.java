package dev.crosswalk.tenant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts ATS credentials with AES-256-GCM (the JDK's provider): a fresh 96-bit nonce per value
 * and the tenant id and vendor bound as associated data, so a ciphertext moved to another tenant
 * or vendor fails to decrypt. The id of the master key is stored beside the ciphertext so the
 * master key can be rotated ({@link VaultKeyRotation}).
 */
@Component
class CredentialVault {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKey masterKey;
    private final SecureRandom random = new SecureRandom();

    CredentialVault(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    /** A credential as stored: which master key, the nonce, and ciphertext with its GCM tag. */
    record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {

        @Override
        public String toString() {
            return "Sealed[keyId=" + keyId + "]";
        }
    }

    Sealed seal(UUID tenantId, String vendor, Secret secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, masterKey.current(), nonce, tenantId, vendor);
            byte[] ciphertext = cipher.doFinal(secret.reveal().getBytes(StandardCharsets.UTF_8));
            return new Sealed(masterKey.currentId(), nonce, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Credential encryption failed", e);
        }
    }

    Secret open(UUID tenantId, String vendor, Sealed sealed) {
        SecretKey key = masterKey
                .byId(sealed.keyId())
                .orElseThrow(() -> new VaultException("Credential of tenant " + tenantId
                        + " is encrypted with unknown master key " + sealed.keyId()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, sealed.nonce(), tenantId, vendor);
            return Secret.of(new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // Deliberately without the cause: it says nothing useful and must not hint at the key.
            throw new VaultException("Credential of tenant " + tenantId + " failed authentication on decryption");
        }
    }

    boolean isCurrent(Sealed sealed) {
        return masterKey.currentId().equals(sealed.keyId());
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, UUID tenantId, String vendor)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("crosswalk-credential/v1|" + tenantId + "|" + vendor).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A stored credential could not be decrypted: wrong master key, tampering, or a moved row. */
    static final class VaultException extends RuntimeException {
        VaultException(String message) {
            super(message, null, false, false);
        }
    }
}
