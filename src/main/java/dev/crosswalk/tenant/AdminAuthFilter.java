package dev.crosswalk.tenant;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import dev.crosswalk.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Guards {@code /admin/**} with the admin bearer token; anything else gets 401. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AdminAuthFilter extends OncePerRequestFilter {

    private final AdminToken adminToken;
    private final Problems problems;

    AdminAuthFilter(AdminToken adminToken, Problems problems) {
        this.adminToken = adminToken;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return !(path.equals("/admin") || path.startsWith("/admin/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (BearerToken.from(request).filter(adminToken::matches).isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(
                    request,
                    response,
                    new CrosswalkException(
                            ProblemCode.UNAUTHORIZED, "The admin API requires Authorization: Bearer <admin token>"));
            return;
        }
        chain.doFilter(request, response);
    }
}
