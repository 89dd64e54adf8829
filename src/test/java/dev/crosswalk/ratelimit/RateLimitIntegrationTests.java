package dev.crosswalk.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.IntegrationTest;
import dev.crosswalk.support.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = {"crosswalk.rate-limit.requests-per-second=1", "crosswalk.rate-limit.burst=3"})
class RateLimitIntegrationTests {

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.acceptingAnyKey();

    @DynamicPropertySource
    static void ashbyBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("crosswalk.ashby.base-url", ashby::baseUrl);
    }

    @LocalServerPort
    int port;

    @Test
    void aTenantOverItsLimitGets429WhileAnotherTenantIsServed() {
        Http http = new Http(port);
        Tenants.Created noisy = Tenants.create(http, "Noisy", "key-noisy");
        Tenants.Created quiet = Tenants.create(http, "Quiet", "key-quiet");

        for (int i = 2; i >= 0; i--) {
            Http.Response admitted = http.get("/unified/ats/no-such-resource", noisy.token());
            assertThat(admitted.status()).isEqualTo(404);
            assertThat(admitted.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(admitted.header("RateLimit-Remaining")).isEqualTo(Integer.toString(i));
        }
        Http.Response limited = http.get("/unified/ats/no-such-resource", noisy.token());

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().path("code").asString()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(limited.header("RateLimit-Reset"))).isPositive();

        Http.Response other = http.get("/unified/ats/no-such-resource", quiet.token());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.header("RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void unauthenticatedRequestsAreNotCountedAgainstAnyone() {
        Http http = new Http(port);
        for (int i = 0; i < 5; i++) {
            Http.Response response = http.get("/unified/ats/no-such-resource", "cwk_wrong");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("RateLimit-Limit")).isNull();
        }
    }
}
