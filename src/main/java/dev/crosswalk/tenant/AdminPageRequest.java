package dev.crosswalk.tenant;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code limit} and {@code next_cursor} of the admin tenant list. The cursor is the position of the
 * last tenant served (creation time and id), so pages neither repeat nor skip when tenants change.
 */
record AdminPageRequest(int limit, Instant afterCreatedAt, UUID afterId) {

    private static final Set<String> PARAMETERS = Set.of("limit", "next_cursor");
    private static final String VERSION = "a1";

    static AdminPageRequest parse(Map<String, String> query) {
        query.keySet().stream()
                .filter(name -> !PARAMETERS.contains(name))
                .sorted()
                .findFirst()
                .ifPresent(name -> {
                    throw new CrosswalkException(
                            ProblemCode.INVALID_REQUEST,
                            "Unknown query parameter '" + name + "'; supported: limit, next_cursor");
                });
        int limit = 50;
        if (query.containsKey("limit")) {
            try {
                limit = Integer.parseInt(query.get("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 100) {
                throw new CrosswalkException(
                        ProblemCode.INVALID_REQUEST, "Parameter 'limit' must be an integer from 1 to 100");
            }
        }
        String cursor = query.get("next_cursor");
        if (cursor == null || cursor.isEmpty()) {
            return new AdminPageRequest(limit, null, null);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException();
            }
            return new AdminPageRequest(limit, Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new CrosswalkException(
                    ProblemCode.INVALID_CURSOR, "Parameter 'next_cursor' is not a cursor this API issued");
        }
    }

    static String cursorAfter(TenantService.TenantSummary last) {
        String position = VERSION + "|" + last.createdAt() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }
}
