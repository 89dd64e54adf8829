package dev.crosswalk.sandbox;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ashby's opaque list cursors and sync tokens. A cursor holds the list position of the last record
 * served (so a traversal resumes right after it whatever was written meanwhile), the change number
 * the traversal started at (which becomes the sync token of its last page) and, for an incremental
 * pass, the change number it replays from. Both are bound to organisation and method and carry an
 * HMAC under a key drawn at start-up: anything altered, or minted by another sandbox run or for
 * another organisation, is {@code invalid_next_cursor} / {@code sync_token_invalid}.
 */
final class SandboxCursor {

    private static final byte CURSOR = 1;
    private static final byte SYNC_TOKEN = 2;
    private static final int MAC_BYTES = 10;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Where a traversal stands. {@code since} is -1 for a full pass. */
    record Position(SandboxTable.Key last, long startedAt, long since) {}

    private final byte[] secret = new byte[32];
    private final ThreadLocal<Mac> macs;
    private final Clock clock;

    SandboxCursor(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(secret);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    String cursor(UUID organisation, String method, Position position) {
        ByteBuffer body = ByteBuffer.allocate(1 + 16 + 4 + 8 + 16 + 8 + 8 + 8);
        body.put(CURSOR);
        putUuid(body, organisation);
        body.putInt(method.hashCode());
        body.putLong(position.last().createdMs());
        putUuid(body, position.last().id());
        body.putLong(position.startedAt());
        body.putLong(position.since());
        body.putLong(clock.millis());
        return seal(body.array());
    }

    /** The position a cursor stands for; an {@code invalid_next_cursor} or {@code next_cursor_expired} failure otherwise. */
    Position readCursor(String cursor, UUID organisation, String method, Duration ttl, boolean forceExpired) {
        ByteBuffer body = open(cursor, CURSOR, 69, organisation, method, "invalid_next_cursor", "cursor");
        SandboxTable.Key last = new SandboxTable.Key(body.getLong(), getUuid(body));
        long startedAt = body.getLong();
        long since = body.getLong();
        long issued = body.getLong();
        if (forceExpired || clock.millis() - issued > ttl.toMillis()) {
            throw new SandboxFailure("next_cursor_expired", "The cursor has expired; start the listing again");
        }
        return new Position(last, startedAt, since);
    }

    String syncToken(UUID organisation, String method, long changeNumber) {
        ByteBuffer body = ByteBuffer.allocate(1 + 16 + 4 + 8 + 8);
        body.put(SYNC_TOKEN);
        putUuid(body, organisation);
        body.putInt(method.hashCode());
        body.putLong(changeNumber);
        body.putLong(clock.millis());
        return seal(body.array());
    }

    /** The change number a sync token was issued at. */
    long readSyncToken(String token, UUID organisation, String method, Duration ttl) {
        ByteBuffer body = open(token, SYNC_TOKEN, 37, organisation, method, "sync_token_invalid", "sync token");
        long changeNumber = body.getLong();
        long issued = body.getLong();
        if (clock.millis() - issued > ttl.toMillis()) {
            throw new SandboxFailure("sync_token_expired", "The sync token has expired; do a full synchronisation");
        }
        return changeNumber;
    }

    private String seal(byte[] body) {
        byte[] mac = macs.get().doFinal(body);
        byte[] sealed = new byte[body.length + MAC_BYTES];
        System.arraycopy(body, 0, sealed, 0, body.length);
        System.arraycopy(mac, 0, sealed, body.length, MAC_BYTES);
        return ENCODER.encodeToString(sealed);
    }

    private ByteBuffer open(
            String text, byte kind, int length, UUID organisation, String method, String code, String what) {
        SandboxFailure invalid = new SandboxFailure(code, "The " + what + " is not valid");
        byte[] sealed;
        try {
            sealed = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw invalid;
        }
        if (sealed.length != length + MAC_BYTES) {
            throw invalid;
        }
        Mac mac = macs.get();
        mac.update(sealed, 0, length);
        byte[] expected = mac.doFinal();
        byte[] given = new byte[MAC_BYTES];
        System.arraycopy(sealed, length, given, 0, MAC_BYTES);
        byte[] truncated = new byte[MAC_BYTES];
        System.arraycopy(expected, 0, truncated, 0, MAC_BYTES);
        if (!MessageDigest.isEqual(truncated, given)) {
            throw invalid;
        }
        ByteBuffer body = ByteBuffer.wrap(sealed, 0, length);
        if (body.get() != kind || !getUuid(body).equals(organisation) || body.getInt() != method.hashCode()) {
            throw invalid;
        }
        return body;
    }

    private static void putUuid(ByteBuffer buffer, UUID id) {
        buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }

    private static UUID getUuid(ByteBuffer buffer) {
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
