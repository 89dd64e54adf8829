package dev.crosswalk.support;

import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.routes.UnifiedWrites;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.mockito.Mockito;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gateway's request path without the tenant store: web (errors, request ids), unified API,
 * Ashby connector and passthrough, with no database. The tenant a request acts for comes from two
 * test-only headers instead of a token, so these tests exercise the API, not authentication.
 */
@SpringBootConfiguration
@TestComponent // keeps the full application's component scan from picking this slice up
@EnableAutoConfiguration(
        excludeName = {
            "dev.crosswalk.database.EmbeddedPostgresAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"
        })
// Writes need the idempotency store in PostgreSQL: their endpoints are tested with the full application.
@ComponentScan(
        basePackages = {"dev.crosswalk.web", "dev.crosswalk.unified", "dev.crosswalk.ashby", "dev.crosswalk.proxy"},
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "dev\\.crosswalk\\.unified\\.(idempotency\\..*|routes\\.UnifiedWrites)"))
@ComponentScan(
        basePackages = "dev.crosswalk.tenant",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "dev\\.crosswalk\\.tenant\\.(MasterKey|TenantArgumentResolver)"))
@ConfigurationPropertiesScan("dev.crosswalk.ashby")
public class GatewaySlice {

    public static final String TENANT_HEADER = "X-Test-Tenant";
    public static final String KEY_HEADER = "X-Test-Ashby-Key";

    /** Writes keep their idempotency records in PostgreSQL; the slice serves reads only. */
    @Bean
    UnifiedWrites unifiedWrites() {
        return Mockito.mock(UnifiedWrites.class);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> testTenant() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        String tenant = request.getHeader(TENANT_HEADER);
                        if (tenant != null) {
                            request.setAttribute(
                                    TenantContext.ATTRIBUTE,
                                    new TenantContext(
                                            UUID.fromString(tenant),
                                            "test tenant",
                                            "ashby",
                                            Secret.of(request.getHeader(KEY_HEADER))));
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
