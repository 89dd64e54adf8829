package dev.crosswalk.support;

import dev.crosswalk.sandbox.SandboxControl;
import dev.crosswalk.sandbox.SandboxProperties;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The full application whose Ashby is its own built-in sandbox ({@code /sandbox/ashby}), so unified
 * calls change and read a stateful simulated organisation end to end; {@link Sandbox} asks the
 * sandbox directly what it holds, {@link SandboxRequestLog} records every call that reaches it.
 * Every configured organisation is generated at start-up, and Ashby answers must come within 5 s,
 * so the latency knob can provoke timeouts. Classes using exactly this share one context; a class
 * that needs organisations of its own adds their keys with {@code @TestPropertySource}
 * ({@code crosswalk.sandbox.keys[...]}), and gets a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ContextConfiguration(initializers = SandboxGatewayTest.OwnSandbox.class)
@Import(SandboxRequestLog.class)
@TestPropertySource(
        properties = {
            "crosswalk.sandbox.enabled=true",
            "crosswalk.sandbox.hang-timeout=5s",
            "crosswalk.ashby.response-timeout=5s",
            "crosswalk.sandbox.keys[" + SandboxGatewayTest.KEY + "].organisation=writes",
            "crosswalk.sandbox.keys[" + SandboxGatewayTest.KEY + "].seed=11",
            "crosswalk.sandbox.keys[" + SandboxGatewayTest.KEY + "].candidates=30",
            // Its own organisation, so latency set on it never slows the others.
            "crosswalk.sandbox.keys[" + SandboxGatewayTest.SLOW_KEY + "].organisation=writes-slow",
            "crosswalk.sandbox.keys[" + SandboxGatewayTest.SLOW_KEY + "].seed=12"
        })
public @interface SandboxGatewayTest {

    /** A sandbox key with all permissions on a 30-candidate organisation. */
    String KEY = "sandbox-writes-key";

    /** A sandbox key for tests that turn its latency knob up. */
    String SLOW_KEY = "sandbox-writes-slow-key";

    /**
     * Serves the gateway on a free port chosen before it starts, so that its Ashby base URL can be
     * its own sandbox, and generates every organisation once the application is ready, so that no
     * test's first call pays for it.
     */
    class OwnSandbox implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            int port = FreePorts.pick();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "sandbox-gateway",
                            Map.of(
                                    "server.port",
                                    port,
                                    "crosswalk.ashby.base-url",
                                    "http://localhost:" + port + "/sandbox/ashby")));
            context.addApplicationListener(new ApplicationListener<ApplicationReadyEvent>() {
                @Override
                public void onApplicationEvent(ApplicationReadyEvent ready) {
                    SandboxControl sandbox = context.getBean(SandboxControl.class);
                    context.getBean(SandboxProperties.class).keys().keySet().forEach(sandbox::warmUp);
                }
            });
        }
    }
}
