package dev.crosswalk.unified.cursor;

import dev.crosswalk.tenant.MasterKey;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Seals a connector's position (e.g. Ashby's cursor) into the opaque {@code next_cursor} clients
 * see, and opens it again. Layout, base64url without padding:
 * {@code version (1 byte) | nonce (12 bytes, fresh per cursor) | AES-256-GCM ciphertext + tag}, with
 * the {@link CursorBinding} as associated data. Encryption (not only a MAC) keeps the vendor's
 * position invisible. The key is derived from the master key, so cursors survive restarts and work
 * on every instance; rotating the master key invalidates open cursors (clients restart the listing).
 */
@Component
public class CursorCodec {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_CURSOR_CHARS = 4096;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public CursorCodec(MasterKey masterKey) {
        this.key = masterKey.derive("cursor");
    }

    public String encode(String position, CursorBinding binding) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header(binding));
            byte[] sealed = cipher.doFinal(position.getBytes(StandardCharsets.UTF_8));
            ByteBuffer cursor = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The position sealed in {@code cursor}; any cursor not issued for this binding is a 400 {@code invalid_cursor}. */
    public String decode(String cursor, CursorBinding binding) {
        if (cursor.length() > MAX_CURSOR_CHARS) {
            throw invalid();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
            throw invalid();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
            cipher.updateAAD(header(binding));
            byte[] position = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(position))
                    .toString();
        } catch (javax.crypto.AEADBadTagException | CharacterCodingException e) {
            throw invalid();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The version byte is authenticated too, so a cursor cannot be relabelled to another format. */
    private static byte[] header(CursorBinding binding) {
        byte[] bound = binding.associatedData();
        return ByteBuffer.allocate(1 + bound.length).put(VERSION).put(bound).array();
    }

    private static CrosswalkException invalid() {
        return new CrosswalkException(
                ProblemCode.INVALID_CURSOR,
                "Parameter 'next_cursor' is not a cursor this listing issued; pass next_cursor exactly as received, "
                        + "with the same filters, or restart the listing without it");
    }
}
