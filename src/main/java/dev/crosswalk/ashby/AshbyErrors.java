package dev.crosswalk.ashby;

import dev.crosswalk.tenant.Secret;
import dev.crosswalk.web.CrosswalkException.RemoteError;
import dev.crosswalk.web.ProblemCode;
import io.netty.handler.timeout.TimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that reads Ashby's answers: the {@code success} envelope (an error whatever the
 * HTTP status), its three error shapes, HTTP 401/403/429/5xx and transport failures, each turned
 * into the contract's problem code. Nothing else in Crosswalk looks at Ashby's HTTP.
 */
final class AshbyErrors {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AshbyErrors.class);

    /** When Ashby rate-limits without saying for how long, clients are told to wait this long. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final JsonMapper json;
    private final AshbyAnswer.Readers readers;

    AshbyErrors(JsonMapper json, DecodeDrift drift) {
        this.json = json;
        this.readers = new AshbyAnswer.Readers(json, drift);
    }

    /** Who a call is made for: a tenant's stored key, or (tenant null) a key being onboarded. */
    record Caller(java.util.UUID tenantId, Secret apiKey) {

        boolean onboarding() {
            return tenantId == null;
        }
    }

    /**
     * A successful answer ({@code success: true}) with its {@code results} decoded as {@code type},
     * or the failure the answer describes. Success is read in one pass; anything else is read as a
     * tree, which is how each of Ashby's error shapes is told apart.
     */
    <T> AshbyAnswer<T> answer(
            Caller caller, String method, int status, HttpHeaders headers, byte[] body, Class<T> type) {
        JacksonException undecodable = null;
        if (status >= 200 && status <= 299) {
            try {
                AshbyAnswer<T> answer = AshbyAnswer.read(readers, method, body, type);
                if (answer != null) {
                    return answer;
                }
            } catch (JacksonException e) {
                undecodable = e;
            }
        }
        failure(caller, method, status, headers, body);
        throw unexpectedShape(method, undecodable);
    }

    /** Throws the failure an answer describes; returns when it is a well-formed success envelope. */
    private void failure(Caller caller, String method, int status, HttpHeaders headers, byte[] body) {
        JsonNode envelope = parse(body);
        Fault fault = Fault.of(envelope, caller.apiKey());
        if (status == 401 || status == 403) {
            throw authFailure(caller, method, status, fault);
        }
        if (status == 429) {
            Duration upstream = retryAfter(headers);
            throw new UpstreamFailure(
                    ProblemCode.RATE_LIMITED,
                    "Ashby is rate-limiting this account; retry later",
                    fault.remote(status, "rate_limit_exceeded"),
                    upstream != null ? upstream : DEFAULT_RETRY_AFTER,
                    upstream,
                    true,
                    false,
                    null);
        }
        if (status >= 500) {
            throw new UpstreamFailure(
                    ProblemCode.UPSTREAM_ERROR,
                    "Ashby failed to answer " + method + " (HTTP " + status + ")",
                    fault.remote(status, null),
                    null,
                    null,
                    true,
                    true,
                    null);
        }
        if (envelope == null
                || !envelope.isObject()
                || !envelope.path("success").isBoolean()) {
            log.warn(
                    "Ashby answered {} with HTTP {} and a body that is no envelope: {}",
                    method,
                    status,
                    envelope == null
                            ? "not JSON (" + (body == null ? 0 : body.length) + " bytes)"
                            : envelope.isObject()
                                    ? "an object without a boolean success"
                                    : "a JSON " + envelope.getNodeType());
            throw new UpstreamFailure(
                    ProblemCode.UPSTREAM_ERROR,
                    "Ashby answered " + method + " with a malformed body",
                    new RemoteError(status, null, null),
                    null,
                    null,
                    false,
                    true,
                    null);
        }
        if (!envelope.path("success").booleanValue()) {
            throw businessFailure(method, status, headers, fault);
        }
        if (status < 200 || status > 299) {
            throw new UpstreamFailure(
                    ProblemCode.UPSTREAM_ERROR,
                    "Ashby answered " + method + " with HTTP " + status,
                    new RemoteError(status, null, null),
                    null,
                    null,
                    false,
                    true,
                    null);
        }
    }

    /** A failure before or while Ashby answered: connection refused or reset, timeouts, oversized bodies. */
    static UpstreamFailure transportFailure(String method, Throwable failure) {
        // Operators need the cause; it names the URL and the I/O error, never a header or the key.
        log.warn(
                "Ashby {} failed before answering: {}",
                method,
                rootCause(failure).toString());
        if (isTimeout(failure)) {
            return new UpstreamFailure(
                    ProblemCode.UPSTREAM_TIMEOUT,
                    "Ashby did not answer " + method + " in time",
                    null,
                    null,
                    null,
                    false,
                    true,
                    failure);
        }
        if (hasCause(failure, DataBufferLimitException.class)) {
            return new UpstreamFailure(
                    ProblemCode.UPSTREAM_ERROR,
                    "Ashby's answer to " + method + " is too large to decode",
                    null,
                    null,
                    null,
                    false,
                    false,
                    failure);
        }
        return new UpstreamFailure(
                ProblemCode.UPSTREAM_ERROR,
                "Could not reach Ashby for " + method,
                null,
                null,
                null,
                true,
                true,
                failure);
    }

    static boolean isTimeout(Throwable failure) {
        // Reactor's timeout() and Netty's read timeout; a connect timeout is a connection failure instead.
        return hasCause(failure, java.util.concurrent.TimeoutException.class)
                || hasCause(failure, TimeoutException.class);
    }

    private static UpstreamFailure authFailure(Caller caller, String method, int status, Fault fault) {
        if (status == 403 && fault.isPermissionProblem()) {
            return new UpstreamFailure(
                    ProblemCode.UPSTREAM_PERMISSION_DENIED,
                    "The Ashby API key lacks the permission " + method + " needs",
                    fault.remote(status, "missing_endpoint_permission"),
                    null,
                    null,
                    false,
                    false,
                    null);
        }
        if (caller.onboarding()) {
            return new UpstreamFailure(
                    ProblemCode.UPSTREAM_CREDENTIALS_REJECTED,
                    "Ashby rejected the API key",
                    fault.remote(status, null),
                    null,
                    null,
                    false,
                    false,
                    null);
        }
        return new UpstreamFailure(
                ProblemCode.UPSTREAM_AUTH_FAILED,
                "Ashby rejected the tenant's stored API key; rotate it with the admin API",
                fault.remote(status, null),
                null,
                null,
                false,
                true,
                null);
    }

    private UpstreamFailure businessFailure(String method, int status, HttpHeaders headers, Fault fault) {
        String code = fault.code() == null ? "" : fault.code();
        RemoteError remote = fault.remote(status, null);
        if (code.endsWith("_not_found")) {
            return business(ProblemCode.NOT_FOUND, "Ashby has no such record (" + code + ")", remote);
        }
        if (code.equals("invalid_input") || code.isEmpty() && fault.parameter() != null) {
            return business(
                    ProblemCode.INVALID_REQUEST, "Ashby rejected the request to " + method + " as invalid", remote);
        }
        if (code.equals("missing_endpoint_permission")) {
            return business(
                    ProblemCode.UPSTREAM_PERMISSION_DENIED,
                    "The Ashby API key lacks the permission " + method + " needs",
                    remote);
        }
        if (code.equals("next_cursor_expired") || code.equals("invalid_next_cursor")) {
            return business(
                    ProblemCode.CURSOR_EXPIRED,
                    "The listing's position at Ashby expired; restart the listing without next_cursor",
                    remote);
        }
        if (code.startsWith("sync_token_") || code.equals("incremental_sync_too_large")) {
            return business(
                    ProblemCode.SYNC_TOKEN_EXPIRED,
                    "Ashby no longer accepts this sync token (" + code + "); start a full sync with sync=true",
                    remote);
        }
        if (code.equals("rate_limit_exceeded") || code.equals("concurrent_limit_exceeded")) {
            Duration upstream = retryAfter(headers);
            return new UpstreamFailure(
                    ProblemCode.RATE_LIMITED,
                    "Ashby is rate-limiting this account; retry later",
                    remote,
                    upstream != null ? upstream : DEFAULT_RETRY_AFTER,
                    upstream,
                    true,
                    false,
                    null);
        }
        return business(
                ProblemCode.UPSTREAM_ERROR,
                "Ashby refused " + method + (code.isEmpty() ? "" : " (" + code + ")"),
                remote);
    }

    private static UpstreamFailure business(ProblemCode code, String detail, RemoteError remote) {
        return new UpstreamFailure(code, detail, remote, null, null, false, false, null);
    }

    /** Ashby answered 2xx with {@code success: true} but a body of another shape than documented. */
    UpstreamFailure unexpectedShape(String method, Throwable cause) {
        // The shape, never the body: it may hold personal data.
        log.warn(
                "Ashby answered {} with success but an envelope of another shape than documented{}",
                method,
                cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")");
        return new UpstreamFailure(
                ProblemCode.UPSTREAM_ERROR,
                "Ashby answered " + method + " with an unexpected body",
                null,
                null,
                null,
                false,
                false,
                cause);
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an error envelope says, whichever of Ashby's shapes it uses:
     * {@code errors:["code"]} with {@code errorInfo{code,message}}, {@code errors:["code"]} alone,
     * or {@code errors:[{message, parameter}]}. Ashby's message is scrubbed of the key, just in case.
     */
    private record Fault(String code, String message, String parameter) {

        /** What an error code looks like; anything else Ashby puts where a code goes is treated as a message. */
        private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,99}");

        static Fault of(JsonNode envelope, Secret apiKey) {
            if (envelope == null || !envelope.isObject()) {
                return new Fault(null, null, null);
            }
            JsonNode info = envelope.path("errorInfo");
            JsonNode first = envelope.path("errors").path(0);
            String code = text(info.path("code"));
            String message = text(info.path("message"));
            String parameter = null;
            if (first.isString()) {
                // older keys send the code here; some answers put a sentence here instead
                if (code == null && CODE.matcher(first.asString()).matches()) {
                    code = first.asString();
                } else if (message == null && code == null) {
                    message = first.asString();
                }
            } else if (first.isObject()) {
                code = code != null ? code : text(first.path("code"));
                message = message != null ? message : text(first.path("message"));
                parameter = text(first.path("parameter"));
            }
            if (code != null && !CODE.matcher(code).matches()) {
                message = message != null ? message : code;
                code = null;
            }
            if (message != null && apiKey != null && !apiKey.reveal().isEmpty()) {
                message = message.replace(apiKey.reveal(), "[redacted]");
            }
            if (message != null && parameter != null && !message.contains(parameter)) {
                message = message + " (parameter: " + parameter + ")";
            }
            return new Fault(code, message, parameter);
        }

        boolean isPermissionProblem() {
            return "missing_endpoint_permission".equals(code)
                    || code == null
                            && message != null
                            && message.toLowerCase(Locale.ROOT).contains("permission");
        }

        RemoteError remote(int status, String fallbackCode) {
            return new RemoteError(status, code != null ? code : fallbackCode, message);
        }

        private static String text(JsonNode node) {
            return node.isString() && !node.asString().isBlank() ? node.asString() : null;
        }
    }
}
