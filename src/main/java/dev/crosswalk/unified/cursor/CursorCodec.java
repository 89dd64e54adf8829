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
 * Seals what the vendor hands back between requests — its position in a listing ({@code next_cursor})
 * and its token for the next incremental pass ({@code next_sync_token}) — into opaque strings clients
 * see, and opens them again. Layout, base64url without padding:
 * {@code version (1 byte) | nonce (12 bytes, fresh each time) | AES-256-GCM ciphertext + tag}, with
 * the kind (cursor or sync token) and the {@link CursorBinding} as associated data. Encryption (not
 * only a MAC) keeps the vendor's values invisible; the binding makes one issued for another tenant,
 * resource or filter set (or of the other kind) fail to open. The key is derived from the master
 * key, so both survive restarts and work on every instance; rotating the master key invalidates
 * them (clients restart the listing, or the sync with a full pass).
 */
@Component
public class CursorCodec {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_SEALED_CHARS = 4096;

    /** What a sealed value is; part of the associated data, so one kind never opens as the other. */
    private enum Kind {
        CURSOR,
        SYNC_TOKEN
    }

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public CursorCodec(MasterKey masterKey) {
        this.key = masterKey.derive("cursor");
    }

    public String encode(String position, CursorBinding binding) {
        return seal(Kind.CURSOR, position, binding);
    }

    /** The position sealed in {@code cursor}; any cursor not issued for this binding is a 400 {@code invalid_cursor}. */
    public String decode(String cursor, CursorBinding binding) {
        String position = open(Kind.CURSOR, cursor, binding);
        if (position == null) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_CURSOR,
                    "Parameter 'next_cursor' is not a cursor this listing issued; pass next_cursor exactly as "
                            + "received, with the same filters, or restart the listing without it");
        }
        return position;
    }

    /** Seals the vendor's sync token for the next incremental pass over the same listing. */
    public String sealSyncToken(String vendorToken, CursorBinding binding) {
        return seal(Kind.SYNC_TOKEN, vendorToken, binding);
    }

    /**
     * The vendor's token sealed in {@code syncToken}; a token not issued for this tenant, resource and
     * filter set (tampered, another tenant's, another listing's) is a 400 {@code invalid_sync_token}.
     */
    public String openSyncToken(String syncToken, CursorBinding binding) {
        String vendorToken = open(Kind.SYNC_TOKEN, syncToken, binding);
        if (vendorToken == null) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_SYNC_TOKEN,
                    "Parameter 'sync_token' is not a sync token this listing issued: pass next_sync_token exactly as "
                            + "received, with the same filters as the pass that issued it, or start a full sync with "
                            + "sync=true");
        }
        return vendorToken;
    }

    private String seal(Kind kind, String value, CursorBinding binding) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header(kind, binding));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            ByteBuffer bytes = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The sealed value, or null when it was not sealed with this kind and binding (or is not one at all). */
    private String open(Kind kind, String sealed, CursorBinding binding) {
        if (sealed.length() > MAX_SEALED_CHARS) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
            cipher.updateAAD(header(kind, binding));
            byte[] value = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (javax.crypto.AEADBadTagException | CharacterCodingException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * The version byte and the kind are authenticated too, so a value cannot be relabelled to another
     * format or used as the other kind. Cursors keep the layout they had before sync tokens existed.
     */
    private static byte[] header(Kind kind, CursorBinding binding) {
        byte[] bound = binding.associatedData();
        byte[] label = kind == Kind.CURSOR ? new byte[0] : "sync-token\n".getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + label.length + bound.length)
                .put(VERSION)
                .put(label)
                .put(bound)
                .array();
    }
}
