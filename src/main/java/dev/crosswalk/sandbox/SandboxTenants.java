package dev.crosswalk.sandbox;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's API keys and their organisations. An organisation is generated on the first call
 * that needs it (a 100,000-candidate one takes a few seconds) and shared by all keys naming it.
 * Knobs live here per key and can be changed while the sandbox runs.
 */
final class SandboxTenants {

    private static final Logger log = LoggerFactory.getLogger(SandboxTenants.class);

    /** One configured key with its current knobs and its request-rate window. */
    static final class Tenant {

        final String apiKey;
        final SandboxProperties.Key settings;
        final String organisation;
        final AtomicReference<SandboxKnobs> knobs;
        private long windowStart;
        private int windowCount;

        Tenant(String apiKey, SandboxProperties.Key settings) {
            this.apiKey = apiKey;
            this.settings = settings;
            this.organisation = settings.organisation() != null ? settings.organisation() : apiKey;
            this.knobs = new AtomicReference<>(settings.knobs());
        }

        /**
         * Counts a request against the one-second window; returns the seconds to wait when the
         * key is over its rate, or 0 when the request may go on.
         */
        synchronized long admit(long nowMillis, int perSecond) {
            if (perSecond <= 0) {
                return 0;
            }
            if (nowMillis - windowStart >= 1000) {
                windowStart = nowMillis;
                windowCount = 0;
            }
            windowCount++;
            return windowCount > perSecond ? 1 : 0;
        }
    }

    private final Map<String, Tenant> tenants;
    private final Map<String, SandboxOrganisation> organisations = new ConcurrentHashMap<>();
    private final Clock clock;

    SandboxTenants(SandboxProperties properties, Clock clock) {
        this.clock = clock;
        this.tenants = properties.keys().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> new Tenant(entry.getKey(), entry.getValue())));
    }

    /** The key's tenant, or null for a key the sandbox does not know. */
    Tenant find(String apiKey) {
        return apiKey != null ? tenants.get(apiKey) : null;
    }

    SandboxOrganisation organisation(Tenant tenant) {
        return organisations.computeIfAbsent(tenant.organisation, name -> {
            long started = System.nanoTime();
            SandboxOrganisation org =
                    SandboxDataGenerator.generate(name, tenant.settings.seed(), tenant.settings.candidates(), clock);
            log.info(
                    "Sandbox organisation '{}' generated: {} candidates, {} applications in {} ms",
                    name,
                    org.candidates.size(),
                    org.applications.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return org;
        });
    }

    Map<String, Tenant> all() {
        return tenants;
    }

    /** Forgets every organisation (the next call regenerates it from its seed) and restores configured knobs. */
    void reset() {
        organisations.clear();
        tenants.values().forEach(tenant -> tenant.knobs.set(tenant.settings.knobs()));
    }
}
