package dev.crosswalk.unified.cursor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What a cursor is only valid for: the tenant, the resource and the filters of the listing that
 * issued it. Authenticated as AES-GCM associated data, so a cursor replayed anywhere else fails.
 */
public record CursorBinding(UUID tenantId, String resource, String canonicalFilters) {

    byte[] associatedData() {
        return ("crosswalk-cursor\n" + tenantId + "\n" + resource + "\n" + sha256(canonicalFilters))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
