package dev.crosswalk.sandbox;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the sandbox when {@code crosswalk.sandbox.enabled=true}. A {@link Clock} bean, if the
 * application has one, drives the sandbox's time (timestamps of writes, cursor expiry).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
class SandboxConfiguration {

    /** The sandbox's clock, wrapped so it never competes with a Clock bean of the application. */
    record SandboxClock(Clock clock) {}

    @Bean
    SandboxClock sandboxClock(ObjectProvider<Clock> clock) {
        return new SandboxClock(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    SandboxTenants sandboxTenants(SandboxProperties properties, SandboxClock clock) {
        SandboxTenants tenants = new SandboxTenants(properties, clock.clock());
        // Generate in the background so the first call does not pay for it; a call arriving
        // earlier simply waits for the same generation.
        Thread warmUp = new Thread(() -> tenants.all().values().forEach(tenants::organisation), "sandbox-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return tenants;
    }

    @Bean
    SandboxDispatcher sandboxDispatcher(SandboxTenants tenants, SandboxProperties properties, SandboxClock clock) {
        SandboxCursor cursors = new SandboxCursor(clock.clock());
        return new SandboxDispatcher(
                tenants,
                new SandboxPaging(
                        cursors,
                        properties.cursorTtl(),
                        properties.syncTokenTtl(),
                        properties.maxIncrementalChanges()));
    }

    @Bean
    SandboxControl sandboxControl(SandboxTenants tenants) {
        return new SandboxControl(tenants);
    }
}
