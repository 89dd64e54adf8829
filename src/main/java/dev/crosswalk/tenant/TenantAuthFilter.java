package dev.crosswalk.tenant;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import dev.crosswalk.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the tenant API ({@code /unified/**}, {@code /proxy/**}): the bearer token selects
 * the tenant. Missing, unknown or revoked tokens get 401; a disabled tenant gets 403.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantAuthFilter extends OncePerRequestFilter {

    private final TenantDirectory directory;
    private final Problems problems;

    TenantAuthFilter(TenantDirectory directory, Problems problems) {
        this.directory = directory;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return !(path.startsWith("/unified/") || path.startsWith("/proxy/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<TenantDirectory.Authenticated> authenticated =
                BearerToken.from(request).flatMap(directory::authenticate);
        if (authenticated.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(
                    request,
                    response,
                    new CrosswalkException(
                            ProblemCode.UNAUTHORIZED,
                            "A valid tenant API token is required: Authorization: Bearer <token>"));
            return;
        }
        if (authenticated.get().status() == TenantStatus.DISABLED) {
            problems.write(
                    request, response, new CrosswalkException(ProblemCode.TENANT_DISABLED, "This tenant is disabled"));
            return;
        }
        request.setAttribute(TenantContext.ATTRIBUTE, authenticated.get().tenant());
        chain.doFilter(request, response);
    }
}
