package dev.crosswalk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The full application whose Ashby is its own built-in sandbox ({@code /sandbox/ashby}), so unified
 * calls change and read a stateful simulated organisation end to end. {@link SandboxRequestLog}
 * records every call that reaches the sandbox. Ashby answers must come within 5 s, so the latency
 * knob can provoke timeouts. Classes using exactly this share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ContextConfiguration(initializers = SandboxPortInitializer.class)
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
}
