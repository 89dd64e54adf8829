package dev.crosswalk.tenant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's master secret ({@code CROSSWALK_VAULT_KEY}, base64 of 32 bytes) and the keys derived
 * from it. Credentials are encrypted with the current key; older keys listed in
 * {@code crosswalk.vault-previous-keys} still decrypt until rows are re-encrypted. Purpose-specific
 * keys (e.g. for cursors) are derived with HMAC-SHA256 so one secret never serves two purposes.
 * In dev, when no key is configured, one is generated once into the data directory.
 */
@Component
public class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int KEY_BYTES = 32;

    private final SecretKey current;
    private final String currentId;
    private final Map<String, SecretKey> byId;

    public MasterKey(
            @Value("${crosswalk.vault-key:}") String configured,
            @Value("${crosswalk.vault-previous-keys:}") List<String> previous,
            @Value("${crosswalk.data-dir:./data}") String dataDir) {
        String encoded = configured.isBlank() ? devKey(Path.of(dataDir, "vault.key")) : configured.trim();
        this.current = decode(encoded, "crosswalk.vault-key");
        this.currentId = idOf(current);
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put(currentId, current);
        for (String old : previous) {
            if (!old.isBlank()) {
                SecretKey key = decode(old.trim(), "crosswalk.vault-previous-keys");
                keys.putIfAbsent(idOf(key), key);
            }
        }
        this.byId = Map.copyOf(keys);
    }

    /** The key that encrypts new values. */
    public SecretKey current() {
        return current;
    }

    /** A short, non-secret fingerprint of the current key, stored beside each ciphertext. */
    public String currentId() {
        return currentId;
    }

    /** The key with that id, if this instance still knows it. */
    public java.util.Optional<SecretKey> byId(String keyId) {
        return java.util.Optional.ofNullable(byId.get(keyId));
    }

    /** A 256-bit key for one purpose (e.g. {@code "cursor"}), derived from the current master key. */
    public SecretKey derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(current);
            byte[] derived = mac.doFinal(("crosswalk/" + purpose + "/v1").getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static SecretKey decode(String encoded, String property) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(
                    property + " must be base64 of exactly 32 bytes (AES-256), got " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String idOf(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "k" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String devKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] bytes = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(bytes);
            String encoded = Base64.getEncoder().encodeToString(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the file stays with default permissions
            }
            log.warn(
                    "CROSSWALK_VAULT_KEY is not set: generated a development vault key in {}. "
                            + "Set CROSSWALK_VAULT_KEY in production; losing this file makes stored credentials unreadable.",
                    file);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development vault key " + file, e);
        }
    }
}
