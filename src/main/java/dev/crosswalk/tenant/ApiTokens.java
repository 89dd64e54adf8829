package dev.crosswalk.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tenant API tokens: {@code cwk_} followed by 256 random bits in base64url. The prefix makes a
 * leaked token recognisable to secret scanners. Only the SHA-256 hash is stored: the tokens carry
 * full entropy, so a fast hash is enough and lookups stay one indexed query.
 */
final class ApiTokens {

    static final String PREFIX = "cwk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {}

    static Secret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Secret.of(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
