package dev.crosswalk.sandbox;

import dev.crosswalk.support.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The full application with the sandbox on and a fixed set of keys. Every sandbox integration
 * test uses exactly this, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(
        properties = {
            "crosswalk.sandbox.enabled=true",
            "crosswalk.sandbox.hang-timeout=3s",
            "crosswalk.sandbox.keys[sandbox-demo-key].title=Sandbox demo key",
            "crosswalk.sandbox.keys[sandbox-demo-key].organisation=demo",
            "crosswalk.sandbox.keys[sandbox-demo-key].seed=1",
            "crosswalk.sandbox.keys[sandbox-demo-key].candidates=25",
            // Same organisation as the demo key, but may only read candidates and is barred from confidential jobs.
            "crosswalk.sandbox.keys[sandbox-readonly-key].organisation=demo",
            "crosswalk.sandbox.keys[sandbox-readonly-key].permissions=candidates:read,jobs:read",
            "crosswalk.sandbox.keys[sandbox-readonly-key].confidential-jobs=false",
            // Another organisation, for isolation and for the traversal tests.
            "crosswalk.sandbox.keys[sandbox-other-key].organisation=other",
            "crosswalk.sandbox.keys[sandbox-other-key].seed=2",
            "crosswalk.sandbox.keys[sandbox-other-key].candidates=250",
            // Its own organisation, so misbehaviour tests never disturb the others.
            "crosswalk.sandbox.keys[sandbox-chaos-key].organisation=chaos",
            "crosswalk.sandbox.keys[sandbox-chaos-key].seed=3",
            // Its own organisation for the spec conformance test, which writes.
            "crosswalk.sandbox.keys[sandbox-spec-key].organisation=spec",
            "crosswalk.sandbox.keys[sandbox-spec-key].seed=4",
            "crosswalk.sandbox.keys[sandbox-deactivated-key].active=false"
        })
@interface SandboxIntegrationTest {}
