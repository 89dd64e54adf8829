package dev.crosswalk.unified;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A request body whose fields depend on each other (at most one primary address, a link type the
 * ATS accepts, at least one change). Annotated with {@link Checked}, its rules run with bean
 * validation, so the client gets every problem, per-field and cross-field, in one 400.
 */
public interface RequestRules {

    /** The broken rules; empty when the body is consistent. Fields are named as in Java (the handler writes them in snake_case). */
    List<Violation> violations();

    /** One broken rule: the field at fault ({@code ""} for the body as a whole) and what is wrong. */
    record Violation(String field, String message) {}

    /** Runs {@link RequestRules#violations()} as part of bean validation. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Validator.class)
    @interface Checked {

        String message() default "is inconsistent";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Reports each violation on its own field. */
    final class Validator implements ConstraintValidator<Checked, RequestRules> {

        @Override
        public boolean isValid(RequestRules value, ConstraintValidatorContext context) {
            List<Violation> violations = value == null ? List.of() : value.violations();
            if (violations.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (Violation violation : violations) {
                // Messages are literal text, not templates: values the client sent must not be interpolated.
                String literal = violation
                        .message()
                        .replace("\\", "\\\\")
                        .replace("{", "\\{")
                        .replace("}", "\\}")
                        .replace("$", "\\$");
                var builder = context.buildConstraintViolationWithTemplate(literal);
                if (violation.field().isEmpty()) {
                    builder.addConstraintViolation();
                } else {
                    builder.addPropertyNode(violation.field()).addConstraintViolation();
                }
            }
            return false;
        }
    }
}
