package dev.crosswalk.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/** Records the Ashby method of every call that reaches the sandbox, so tests can assert what the gateway sent (or did not). */
@TestConfiguration(proxyBeanMethods = false)
public class SandboxRequestLog {

    private final List<String> methods = new CopyOnWriteArrayList<>();

    /** The methods called since the last {@link #clear()}, in order, e.g. {@code candidate.create}. */
    public List<String> methods() {
        return List.copyOf(methods);
    }

    public void clear() {
        methods.clear();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sandboxRequestRecorder() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        methods.add(request.getRequestURI().substring("/sandbox/ashby/".length()));
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/sandbox/ashby/*");
        return registration;
    }
}
