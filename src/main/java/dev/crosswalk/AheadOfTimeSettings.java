package dev.crosswalk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * A start from Spring's ahead-of-time processed configuration ({@code -Dspring.aot.enabled=true},
 * docs/operations.md, "Faster start-up") has the beans the build chose: a setting that adds or removes beans is
 * not read again. Rather than ignore such a setting, that start compares each one with the beans the
 * build actually registered and refuses a mismatch, either way, before any bean is created. Embedded
 * or external PostgreSQL is not one of them: it is decided at run time
 * ({@code EmbeddedPostgresAutoConfiguration}). Registered in {@code META-INF/spring.factories}.
 */
public final class AheadOfTimeSettings implements ApplicationListener<ApplicationPreparedEvent> {

    /** A setting that decides whether some beans exist, and a bean that exists exactly when it is on. */
    record Switch(String setting, boolean onWhenUnset, String bean) {

        boolean wanted(Environment environment) {
            String value = environment.getProperty(setting);
            return value == null ? onWhenUnset : "true".equalsIgnoreCase(value.trim());
        }
    }

    static final List<Switch> SWITCHES = List.of(
            new Switch("crosswalk.sandbox.enabled", false, "sandboxController"),
            new Switch("crosswalk.rate-limit.enabled", true, "rateLimitFilter"),
            new Switch("spring.flyway.enabled", true, "flyway"),
            new Switch("springdoc.api-docs.enabled", true, "openApiResource"),
            new Switch("springdoc.swagger-ui.enabled", true, "swaggerWelcome"));

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> mismatches = mismatches(
                event.getApplicationContext().getEnvironment(),
                event.getApplicationContext().getBeanFactory());
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("This start uses the ahead-of-time processed configuration "
                    + "(-Dspring.aot.enabled=true), whose beans were chosen when the jar was built: "
                    + String.join("; ", mismatches) + ". Start without -Dspring.aot.enabled=true.");
        }
    }

    /** The settings of this environment that the registered beans do not follow, each with both sides. */
    static List<String> mismatches(Environment environment, ConfigurableListableBeanFactory beans) {
        List<String> mismatches = new ArrayList<>();
        for (Switch candidate : SWITCHES) {
            check(
                    candidate.setting(),
                    candidate.wanted(environment),
                    beans.containsBeanDefinition(candidate.bean()),
                    mismatches);
        }
        // The one profile with beans of its own (DemoTenant).
        check(
                "the demo profile",
                Arrays.asList(environment.getActiveProfiles()).contains("demo"),
                beans.containsBeanDefinition("demoTenant"),
                mismatches);
        return mismatches;
    }

    private static void check(String setting, boolean wanted, boolean built, List<String> mismatches) {
        if (wanted != built) {
            mismatches.add(setting + " is " + (wanted ? "on" : "off") + " here but was " + (built ? "on" : "off")
                    + " in the build");
        }
    }
}
