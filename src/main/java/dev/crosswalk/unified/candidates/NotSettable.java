package dev.crosswalk.unified.candidates;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Null;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A candidate field the unified schema has but the ATS's API cannot write ({@code company},
 * {@code title}): a body that sets it is refused rather than silently dropped.
 */
@Null
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface NotSettable {

    /** How the field is documented wherever the body is. */
    String DESCRIPTION = "Not supported: the ATS's API cannot set it; must be absent or null";

    String message() default "cannot be set through the ATS's API";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
