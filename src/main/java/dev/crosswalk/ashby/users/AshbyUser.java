package dev.crosswalk.ashby.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crosswalk.ashby.AshbyCustomField;
import java.time.Instant;
import java.util.List;

/**
 * A user as {@code user.list} and {@code user.info} return it. {@code globalRole} is kept as text:
 * Ashby may add roles, and an unknown one must not fail the decode.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyUser(
        String id,
        String firstName,
        String lastName,
        String email,
        String globalRole,
        Boolean isEnabled,
        Instant updatedAt,
        String managerId,
        List<AshbyCustomField> customFields) {}
