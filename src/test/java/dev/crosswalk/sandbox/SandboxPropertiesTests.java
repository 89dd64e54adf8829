package dev.crosswalk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What {@code crosswalk.sandbox.*} turns into, including the defaults an operator relies on. */
class SandboxPropertiesTests {

    @Test
    void withoutKeysThereIsTheDemoKeyWithEverything() {
        SandboxProperties properties = bind(Map.of("crosswalk.sandbox.enabled", "true"));
        assertThat(properties.keys()).containsOnlyKeys(SandboxProperties.DEMO_KEY);
        SandboxProperties.Key demo = properties.keys().get(SandboxProperties.DEMO_KEY);
        assertThat(demo.candidates()).isEqualTo(25);
        assertThat(demo.scopes()).containsExactlyElementsOf(SandboxProperties.ALL_SCOPES);
        assertThat(demo.confidentialJobs()).isTrue();
        assertThat(demo.knobs()).isEqualTo(SandboxKnobs.NONE);
        assertThat(properties.cursorTtl()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void keysBindWithTheirOwnOrganisationPermissionsAndKnobs() {
        SandboxProperties properties = bind(Map.of(
                "crosswalk.sandbox.keys[bench-key].organisation", "bench",
                "crosswalk.sandbox.keys[bench-key].seed", "7",
                "crosswalk.sandbox.keys[bench-key].candidates", "100000",
                "crosswalk.sandbox.keys[bench-key].permissions", "candidates:read,jobs:read",
                "crosswalk.sandbox.keys[bench-key].knobs.latency", "250ms",
                "crosswalk.sandbox.keys[bench-key].knobs.requests-per-second", "5",
                "crosswalk.sandbox.keys[bench-key].knobs.server-error-rate", "0.1"));
        SandboxProperties.Key key = properties.keys().get("bench-key");
        assertThat(properties.keys()).containsOnlyKeys("bench-key");
        assertThat(key.organisation()).isEqualTo("bench");
        assertThat(key.candidates()).isEqualTo(100_000);
        assertThat(key.allows("candidates:read")).isTrue();
        assertThat(key.allows("candidates:write")).isFalse();
        assertThat(key.knobs().latency()).isEqualTo(Duration.ofMillis(250));
        assertThat(key.knobs().requestsPerSecond()).isEqualTo(5);
        assertThat(key.knobs().serverErrorRate()).isEqualTo(0.1);
        assertThat(key.knobs().hangRate()).isZero();
    }

    private static SandboxProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("crosswalk.sandbox", SandboxProperties.class);
    }
}
