package dev.crosswalk.unified.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write endpoint for the OpenAPI document: its success answer is {@code {"result": <result>}}
 * (201 with {@code Location} when {@code created}, else 200), and it gets the problem answers every
 * write shares. The endpoints return bytes (see {@link WriteResponses}), so springdoc cannot see this itself.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DocumentedWrite {

    /** The unified record in {@code result}. */
    Class<?> result();

    /** A creation (201 + Location) rather than a change (200). */
    boolean created() default false;
}
