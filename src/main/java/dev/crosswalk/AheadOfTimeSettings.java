package dev.crosswalk;

import java.util.ArrayList;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * A start from Spring's ahead-of-time processed configuration ({@code -Dspring.aot.enabled=true},
 * README "Faster start-up") has the beans the build's default settings chose: a setting that adds or
 * removes beans is not read again. Rather than ignore such a setting, that start refuses it, before
 * anything else starts. Embedded or external PostgreSQL is not one of them: it is decided at run time
 * ({@code EmbeddedPostgresAutoConfiguration}).
 */
final class AheadOfTimeSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> refused = refused(event.getEnvironment());
        if (!refused.isEmpty()) {
            throw new IllegalStateException("This start uses the ahead-of-time processed configuration "
                    + "(-Dspring.aot.enabled=true), whose beans were chosen at build time with the default settings; "
                    + String.join(" and ", refused) + " would change them. Start without -Dspring.aot.enabled=true.");
        }
    }

    /** The settings in this environment that would have given a different set of beans. */
    static List<String> refused(Environment environment) {
        List<String> refused = new ArrayList<>();
        // The same tests as the conditions: @ConditionalOnSandbox, RateLimitFilter, DemoTenant.
        if ("true".equalsIgnoreCase(environment.getProperty("crosswalk.sandbox.enabled"))) {
            refused.add("crosswalk.sandbox.enabled=true");
        }
        String rateLimit = environment.getProperty("crosswalk.rate-limit.enabled");
        if (rateLimit != null && !"true".equalsIgnoreCase(rateLimit)) {
            refused.add("crosswalk.rate-limit.enabled=" + rateLimit);
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            refused.add("the demo profile");
        }
        return refused;
    }
}
