package dev.crosswalk.ratelimit;

import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import dev.crosswalk.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the tenant's rate limit to every authenticated tenant request, before any upstream call.
 * Answers carry {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset};
 * a request over the limit gets 429 {@code rate_limited} with {@code Retry-After}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@ConditionalOnProperty(prefix = "crosswalk.rate-limit", name = "enabled", havingValue = "true", matchIfMissing = true)
class RateLimitFilter extends OncePerRequestFilter {

    private final TenantRateLimiter limiter;
    private final Problems problems;

    RateLimitFilter(TenantRateLimiter limiter, Problems problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request.getAttribute(TenantContext.ATTRIBUTE) instanceof TenantContext tenant)) {
            chain.doFilter(request, response);
            return;
        }
        TenantRateLimiter.Decision decision = limiter.tryAcquire(tenant.id());
        response.setHeader("RateLimit-Limit", Long.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.admitted()) {
            problems.write(
                    request,
                    response,
                    new CrosswalkException(
                            ProblemCode.RATE_LIMITED,
                            "This tenant exceeded its request rate; retry after " + decision.retryAfterSeconds() + " s",
                            null,
                            Duration.ofSeconds(decision.retryAfterSeconds()),
                            null));
            return;
        }
        chain.doFilter(request, response);
    }
}
