package dev.crosswalk.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The parameters of one call, read from its JSON body after the body passed the spec's request
 * schema, so the getters only convert: a wrong type never reaches them.
 */
final class SandboxRequest {

    private final JsonNode body;

    SandboxRequest(JsonNode body) {
        this.body = body;
    }

    boolean has(String name) {
        JsonNode value = body.get(name);
        return value != null && !value.isNull();
    }

    JsonNode node(String name) {
        return body.get(name);
    }

    String string(String name) {
        return has(name) ? body.get(name).asString() : null;
    }

    UUID uuid(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw SandboxFailure.invalidInput(name + " must be a UUID");
        }
    }

    /** A required id; its absence is invalid input even where the spec forgot to require it. */
    UUID requiredUuid(String name) {
        UUID value = uuid(name);
        if (value == null) {
            throw SandboxFailure.invalidInput(name + " is required");
        }
        return value;
    }

    /** A date-time member (already checked to be ISO-8601 by the request schema). */
    Instant instant(String name) {
        return has(name) ? OffsetDateTime.parse(body.get(name).asString()).toInstant() : null;
    }

    Long longValue(String name) {
        return has(name) ? body.get(name).asLong() : null;
    }

    boolean bool(String name, boolean fallback) {
        return has(name) ? body.get(name).asBoolean() : fallback;
    }

    List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        if (has(name)) {
            body.get(name).forEach(item -> values.add(item.asString()));
        }
        return values;
    }
}
