package dev.crosswalk.sandbox;

/**
 * An answer Ashby gives as an error: a {@code success:false} body with its code, sent with HTTP 200
 * for business and validation errors (Ashby's habit) or with the given HTTP status otherwise.
 * Thrown by methods and turned into the body by the sandbox's own exception handler.
 */
final class SandboxFailure extends RuntimeException {

    private final String code;
    private final int httpStatus;
    private Long retryAfterSeconds;

    SandboxFailure(String code, String message) {
        this(code, message, 200);
    }

    SandboxFailure(String code, String message, int httpStatus) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    static SandboxFailure invalidInput(String message) {
        return new SandboxFailure("invalid_input", message);
    }

    static SandboxFailure notFound(String thing) {
        String readable =
                Character.toUpperCase(thing.charAt(0)) + thing.substring(1).replace('_', ' ');
        return new SandboxFailure(thing + "_not_found", readable + " not found");
    }

    /** Sets the {@code Retry-After} to send with this answer. */
    SandboxFailure retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    String code() {
        return code;
    }

    int httpStatus() {
        return httpStatus;
    }
}
