package dev.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AheadOfTimeSettingsTests {

    @Test
    void theDefaultSettingsAndSettingsThatAddNoBeansAreAccepted() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/crosswalk")
                .withProperty("crosswalk.rate-limit.enabled", "TRUE")
                .withProperty("crosswalk.sandbox.enabled", "false");
        environment.setActiveProfiles("production");
        assertThat(AheadOfTimeSettings.refused(new MockEnvironment())).isEmpty();
        assertThat(AheadOfTimeSettings.refused(environment)).isEmpty();
    }

    @Test
    void eachSettingThatChangesTheBeansIsNamed() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("crosswalk.sandbox.enabled", "True")
                .withProperty("crosswalk.rate-limit.enabled", "false");
        environment.setActiveProfiles("demo");
        assertThat(AheadOfTimeSettings.refused(environment)).containsExactly(
                "crosswalk.sandbox.enabled=true", "crosswalk.rate-limit.enabled=false", "the demo profile");
    }
}
