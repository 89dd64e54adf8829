package dev.crosswalk.sandbox;

import dev.crosswalk.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Ashby's RPC transport: {@code POST /sandbox/ashby/{method}} with HTTP Basic auth (the key as
 * user name, empty password). Here, and only here, the key's knobs act on the transport: rate
 * limit, server errors, hangs, malformed bodies and latency (served asynchronously, so slow or
 * hung answers hold no server thread).
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden // Ashby's API as simulated, not part of the gateway's own document
@ConditionalOnSandbox
@RequestMapping("/sandbox/ashby")
class SandboxController {

    private static final int[] SERVER_ERRORS = {500, 502, 503};

    private final SandboxTenants tenants;
    private final SandboxDispatcher dispatcher;
    private final Duration hangTimeout;
    private final Clock clock;

    SandboxController(
            SandboxTenants tenants,
            SandboxDispatcher dispatcher,
            SandboxProperties properties,
            SandboxConfiguration.SandboxClock clock) {
        this.tenants = tenants;
        this.dispatcher = dispatcher;
        this.hangTimeout = properties.hangTimeout();
        this.clock = clock.clock();
    }

    /** Every HTTP method is routed here so that even a wrong one gets Ashby's error shape, not the gateway's. */
    @RequestMapping("/{method}")
    Object call(
            @PathVariable String method,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) byte[] body,
            HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            throw new SandboxFailure("method_not_allowed", "Ashby methods are called with POST", 405);
        }
        SandboxTenants.Tenant tenant = authenticate(authorization);
        SandboxKnobs knobs = tenant.knobs.get();
        long retryAfter = tenant.admit(clock.millis(), knobs.requestsPerSecond());
        if (retryAfter > 0) {
            throw new SandboxFailure(
                            "rate_limit_exceeded",
                            "Your organization has exceeded its rate limit. Try again in " + retryAfter + " second(s).",
                            429)
                    .retryAfter(retryAfter);
        }
        ThreadLocalRandom dice = ThreadLocalRandom.current();
        if (knobs.hangRate() > 0 && dice.nextDouble() < knobs.hangRate()) {
            return hang();
        }
        if (knobs.serverErrorRate() > 0 && dice.nextDouble() < knobs.serverErrorRate()) {
            throw new SandboxFailure(
                    "internal_server_error",
                    "Something went wrong on our side",
                    SERVER_ERRORS[dice.nextInt(SERVER_ERRORS.length)]);
        }
        ResponseEntity<byte[]> answer;
        try {
            answer = dispatcher.ok(dispatcher.dispatch(method, tenant, knobs, body));
        } catch (SandboxFailure failure) {
            answer = dispatcher.failure(failure, RequestIdFilter.requestId(request));
        }
        if (knobs.malformedRate() > 0 && dice.nextDouble() < knobs.malformedRate()) {
            byte[] whole = answer.getBody();
            answer = ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .body(Arrays.copyOf(whole, whole.length / 2));
        }
        if (!knobs.latency().isZero()) {
            ResponseEntity<byte[]> delayed = answer;
            return CompletableFuture.supplyAsync(
                    () -> delayed,
                    CompletableFuture.delayedExecutor(knobs.latency().toMillis(), TimeUnit.MILLISECONDS));
        }
        return answer;
    }

    /** Paths that name no method at all. */
    @RequestMapping({"", "/", "/**"})
    Object noMethod() {
        throw new SandboxFailure("not_found", "Call POST /sandbox/ashby/{category}.{method}", 404);
    }

    /** The tenant of the Basic credentials: 401 without usable credentials, 403 for an unknown or inactive key. */
    private SandboxTenants.Tenant authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new SandboxFailure("unauthenticated", "Send the API key as the user name of HTTP Basic auth", 401);
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SandboxFailure("unauthenticated", "The Authorization header is not valid Basic auth", 401);
        }
        int colon = decoded.indexOf(':');
        String apiKey = colon >= 0 ? decoded.substring(0, colon) : decoded;
        if (apiKey.isEmpty()) {
            throw new SandboxFailure("unauthenticated", "Send the API key as the user name of HTTP Basic auth", 401);
        }
        SandboxTenants.Tenant tenant = tenants.find(apiKey);
        if (tenant == null || !tenant.settings.active()) {
            throw new SandboxFailure("invalid_api_key", "The API key is not valid or has been deactivated", 403);
        }
        return tenant;
    }

    /** Never answers by itself; after the hang timeout the request is ended with a bare 504. */
    private DeferredResult<ResponseEntity<byte[]>> hang() {
        DeferredResult<ResponseEntity<byte[]>> never = new DeferredResult<>(hangTimeout.toMillis());
        never.onTimeout(() -> never.setResult(ResponseEntity.status(504).build()));
        return never;
    }
}
