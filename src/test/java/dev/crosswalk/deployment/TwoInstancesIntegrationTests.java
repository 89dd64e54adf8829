package dev.crosswalk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Tenants;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two gateway processes on one PostgreSQL, as behind a load balancer: tenants, tokens, revocation
 * and the per-tenant rate limit are shared through the database alone.
 */
class TwoInstancesIntegrationTests {

    static final Duration CACHE_TTL = Duration.ofSeconds(1);

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.acceptingAnyKey();

    static EmbeddedPostgres postgres;
    static GatewayProcess first;
    static GatewayProcess second;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL",
                postgres.getJdbcUrl("postgres", "postgres"),
                "SPRING_DATASOURCE_USERNAME",
                "postgres",
                "SPRING_DATASOURCE_PASSWORD",
                "",
                "CROSSWALK_ADMIN_TOKEN",
                Tenants.ADMIN_TOKEN,
                "CROSSWALK_VAULT_KEY",
                "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "CROSSWALK_ASHBY_BASE_URL",
                ashby.baseUrl(),
                "CROSSWALK_AUTH_CACHE_TTL",
                CACHE_TTL.toSeconds() + "s");
        List<String> arguments = List.of(
                "--crosswalk.rate-limit.burst=6",
                "--crosswalk.rate-limit.requests-per-second=1",
                "--crosswalk.rate-limit.max-unsynced=0");
        first = GatewayProcess.start("first", environment, arguments);
        // The first instance migrates the schema; starting the second after it avoids two Flyway runs racing.
        first.awaitReady(Duration.ofSeconds(120));
        second = GatewayProcess.start("second", environment, arguments);
        second.awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, postgres}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void aTenantCreatedOnOneInstanceIsServedByTheOther() {
        Tenants.Created tenant = Tenants.create(new Http(first.port()), "Shared", "key-shared");

        Http.Response onSecond = new Http(second.port()).get("/admin/tenants/" + tenant.id(), Tenants.ADMIN_TOKEN);
        assertThat(onSecond.status()).isEqualTo(200);
        assertThat(new Http(second.port())
                        .get("/unified/ats/no-such-resource", tenant.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aTokenRevokedOnOneInstanceIsRefusedByTheOtherWithinTheCacheTtl() throws Exception {
        Http one = new Http(first.port());
        Http two = new Http(second.port());
        Tenants.Created tenant = Tenants.create(one, "Revoked", "key-revoked");
        assertThat(two.get("/unified/ats/no-such-resource", tenant.token()).status())
                .isEqualTo(404);
        String tokenId = one.get("/admin/tenants/" + tenant.id() + "/tokens", Tenants.ADMIN_TOKEN)
                .json()
                .path("result")
                .get(0)
                .path("id")
                .asString();

        assertThat(one.send(
                                "DELETE",
                                "/admin/tenants/" + tenant.id() + "/tokens/" + tokenId,
                                Tenants.ADMIN_TOKEN,
                                null,
                                null)
                        .status())
                .isEqualTo(204);

        assertThat(one.get("/unified/ats/no-such-resource", tenant.token()).status())
                .as("at once on the revoking instance")
                .isEqualTo(401);
        long deadline = System.nanoTime() + CACHE_TTL.plusMillis(1500).toNanos();
        int status = 404;
        while (status != 401 && System.nanoTime() < deadline) {
            status = two.get("/unified/ats/no-such-resource", tenant.token()).status();
            Thread.sleep(100);
        }
        assertThat(status)
                .as("refused by the other instance within the documented bound")
                .isEqualTo(401);
    }

    @Test
    void theRateLimitIsSharedAcrossInstances() {
        Tenants.Created tenant = Tenants.create(new Http(first.port()), "Limited", "key-limited");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(new Http(first.port())
                    .get("/unified/ats/no-such-resource", tenant.token())
                    .status());
            statuses.add(new Http(second.port())
                    .get("/unified/ats/no-such-resource", tenant.token())
                    .status());
        }
        // Burst 6 and 1/s refill: 10 quick requests split over two instances admit about 6, not 10 or 12.
        long admitted = statuses.stream().filter(status -> status == 404).count();
        assertThat(admitted).isBetween(6L, 8L);
        assertThat(statuses).contains(429);
    }
}
