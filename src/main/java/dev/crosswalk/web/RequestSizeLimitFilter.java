package dev.crosswalk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above {@code crosswalk.max-request-size} (1 MB; unified and admin bodies
 * are small JSON documents) with 413 before anything reads them. The passthrough streams bodies to
 * Ashby and has its own, larger limit ({@code crosswalk.proxy.max-request-size}, 10 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxProxyBytes;
    private final Problems problems;

    RequestSizeLimitFilter(
            @Value("${crosswalk.max-request-size:1MB}") DataSize max,
            @Value("${crosswalk.proxy.max-request-size:10MB}") DataSize maxProxy,
            Problems problems) {
        this.maxBytes = max.toBytes();
        this.maxProxyBytes = maxProxy.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith("/proxy/") ? maxProxyBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            problems.write(
                    request,
                    response,
                    new CrosswalkException(
                            ProblemCode.PAYLOAD_TOO_LARGE,
                            "The request body exceeds the limit of " + limit + " bytes"));
            return;
        }
        chain.doFilter(request, response);
    }
}
