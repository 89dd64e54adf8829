package dev.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;

class AheadOfTimeSettingsTests {

    @Test
    void settingsThatTheBuiltBeansFollowAreAccepted() {
        DefaultListableBeanFactory defaults = beans("rateLimitFilter", "flyway", "openApiResource", "swaggerWelcome");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/crosswalk")
                .withProperty("crosswalk.rate-limit.enabled", "TRUE")
                .withProperty("crosswalk.sandbox.enabled", "false");
        environment.setActiveProfiles("production");
        assertThat(AheadOfTimeSettings.mismatches(new MockEnvironment(), defaults))
                .isEmpty();
        assertThat(AheadOfTimeSettings.mismatches(environment, defaults)).isEmpty();
    }

    @Test
    void eachSettingTheBuiltBeansDoNotFollowIsNamed() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("crosswalk.sandbox.enabled", "True")
                .withProperty("crosswalk.rate-limit.enabled", "false")
                .withProperty("springdoc.swagger-ui.enabled", "false");
        environment.setActiveProfiles("demo");
        assertThat(AheadOfTimeSettings.mismatches(
                        environment, beans("rateLimitFilter", "flyway", "openApiResource", "swaggerWelcome")))
                .containsExactly(
                        "crosswalk.sandbox.enabled is on here but was off in the build",
                        "crosswalk.rate-limit.enabled is off here but was on in the build",
                        "springdoc.swagger-ui.enabled is off here but was on in the build",
                        "the demo profile is on here but was off in the build");
    }

    @Test
    void aBuildMadeWithOtherSettingsIsNoticedToo() {
        // e.g. a jar built in a shell with CROSSWALK_SANDBOX_ENABLED=true, started with the defaults
        DefaultListableBeanFactory built = beans(
                "sandboxController", "demoTenant", "rateLimitFilter", "flyway", "openApiResource", "swaggerWelcome");
        assertThat(AheadOfTimeSettings.mismatches(new MockEnvironment(), built))
                .containsExactly(
                        "crosswalk.sandbox.enabled is off here but was on in the build",
                        "the demo profile is off here but was on in the build");
    }

    private static DefaultListableBeanFactory beans(String... names) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (String name : names) {
            beans.registerBeanDefinition(name, new RootBeanDefinition(Object.class));
        }
        return beans;
    }
}
