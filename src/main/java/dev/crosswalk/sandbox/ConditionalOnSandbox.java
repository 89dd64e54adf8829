package dev.crosswalk.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Present only when {@code crosswalk.sandbox.enabled=true}: the sandbox is never on by accident. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(prefix = "crosswalk.sandbox", name = "enabled", havingValue = "true")
@interface ConditionalOnSandbox {}
