package dev.crosswalk.tenant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bearer secret of the admin API ({@code CROSSWALK_ADMIN_TOKEN}). In dev, when it is unset,
 * one is generated once into the data directory and printed at start-up.
 */
@Component
class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] digest;

    AdminToken(
            @Value("${crosswalk.admin-token:}") String configured,
            @Value("${crosswalk.data-dir:./data}") String dataDir) {
        String token = configured.isBlank() ? devToken(Path.of(dataDir, "admin-token")) : configured.trim();
        this.digest = ApiTokens.hash(token);
    }

    /** Constant-time: compares digests, so neither content nor length leaks through timing. */
    boolean matches(String presented) {
        return MessageDigest.isEqual(digest, ApiTokens.hash(presented));
    }

    private static String devToken(Path file) {
        try {
            String token;
            if (Files.exists(file)) {
                token = Files.readString(file, StandardCharsets.US_ASCII).trim();
            } else {
                token = "cwa_" + ApiTokens.generate().reveal().substring(ApiTokens.PREFIX.length());
                Files.createDirectories(file.getParent());
                Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            log.warn(
                    "CROSSWALK_ADMIN_TOKEN is not set (development mode). Admin API token, kept in {}: {}",
                    file,
                    token);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development admin token " + file, e);
        }
    }
}
