package dev.crosswalk.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the built-in Ashby sandbox ({@code crosswalk.sandbox.*}). Each entry of {@code keys}
 * is an API key the sandbox accepts, mapped to an organisation (generated from its own seed and
 * size) and a permission set. Keys naming the same {@code organisation} share it, so a read-only
 * key can look at the same data as a full one. With no keys configured, one demo key exists.
 *
 * @param enabled serve {@code POST /sandbox/ashby/{method}}; off unless set
 * @param keys API key → its settings
 * @param cursorTtl age after which a cursor is answered {@code next_cursor_expired}
 * @param syncTokenTtl age after which a sync token is answered {@code sync_token_expired}
 * @param hangTimeout how long a request picked by the hang knob is held before it is dropped
 * @param maxIncrementalChanges how many changed records an incremental pass (a list with
 *     {@code syncToken}) may hold before it is answered {@code incremental_sync_too_large}, as Ashby
 *     refuses deltas too deep to serve
 */
@ConfigurationProperties("crosswalk.sandbox")
public record SandboxProperties(
        boolean enabled,
        Map<String, Key> keys,
        Duration cursorTtl,
        Duration syncTokenTtl,
        Duration hangTimeout,
        Integer maxIncrementalChanges) {

    /** The key a demo tenant is onboarded with: all permissions on a 25-candidate organisation. */
    public static final String DEMO_KEY = "sandbox-demo-key";

    /** Every scope a key can hold, in the {@code module:access} form {@code apiKey.info} reports. */
    public static final List<String> ALL_SCOPES = List.of(
            "apiKeys:read",
            "apiKeys:write",
            "candidates:read",
            "candidates:write",
            "jobs:read",
            "jobs:write",
            "interviews:read",
            "interviews:write",
            "hiringProcessMetadata:read",
            "hiringProcessMetadata:write",
            "organization:read",
            "organization:write",
            "offers:read",
            "offers:write",
            "approvals:read",
            "approvals:write",
            "reports:read",
            "reports:write");

    public SandboxProperties {
        keys = keys == null || keys.isEmpty()
                ? Map.of(DEMO_KEY, new Key("Sandbox demo key", "demo", null, null, null, null, null, null, null))
                : Map.copyOf(keys);
        cursorTtl = cursorTtl != null ? cursorTtl : Duration.ofMinutes(10);
        syncTokenTtl = syncTokenTtl != null ? syncTokenTtl : Duration.ofDays(30);
        hangTimeout = hangTimeout != null ? hangTimeout : Duration.ofMinutes(5);
        maxIncrementalChanges = maxIncrementalChanges != null ? maxIncrementalChanges : 10_000;
    }

    /**
     * One API key of the sandbox.
     *
     * @param title what {@code apiKey.info} calls it
     * @param organisation name of its organisation; the key itself when unset
     * @param seed random seed of the organisation's data (same seed and size, same data)
     * @param candidates number of candidates generated (25 by default; 100,000 for benchmarks)
     * @param permissions scopes like {@code candidates:read}; {@code *} (the default) grants all
     * @param confidentialJobs whether the key sees confidential jobs and their candidates
     * @param active a deactivated key is answered HTTP 403 like an unknown one
     * @param createdAt what {@code apiKey.info} reports
     * @param knobs misbehaviour at start-up; tests change it at runtime through {@link SandboxControl}
     */
    public record Key(
            String title,
            String organisation,
            Long seed,
            Integer candidates,
            List<String> permissions,
            Boolean confidentialJobs,
            Boolean active,
            Instant createdAt,
            SandboxKnobs knobs) {

        public Key {
            title = title != null ? title : "Sandbox API key";
            seed = seed != null ? seed : 1L;
            candidates = candidates != null ? Math.max(0, candidates) : 25;
            permissions = permissions == null || permissions.isEmpty() || permissions.contains("*")
                    ? ALL_SCOPES
                    : List.copyOf(permissions);
            confidentialJobs = confidentialJobs == null || confidentialJobs;
            active = active == null || active;
            createdAt = createdAt != null ? createdAt : Instant.parse("2024-01-01T09:00:00.000Z");
            knobs = knobs != null ? knobs : SandboxKnobs.NONE;
        }

        /** The scopes as {@code apiKey.info} lists them. */
        List<String> scopes() {
            return permissions;
        }

        boolean allows(String scope) {
            return permissions.contains(scope);
        }
    }
}
