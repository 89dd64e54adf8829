package dev.crosswalk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Tenants;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started from Spring's ahead-of-time processed configuration, as README "Faster
 * start-up" runs it: embedded PostgreSQL by default, an external one when given at run time, and a
 * setting that would need other beans than the build chose is refused at once, by name.
 */
class AheadOfTimeStartIntegrationTests {

    static final List<String> AHEAD_OF_TIME = List.of("-Dspring.aot.enabled=true");

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.acceptingAnyKey();

    @TempDir
    Path dataDir;

    @Test
    void startsWithTheEmbeddedDatabaseByDefault() throws Exception {
        try (GatewayProcess gateway = GatewayProcess.start("aot-embedded", environment(), AHEAD_OF_TIME, List.of())) {
            gateway.awaitReady(Duration.ofSeconds(120));
            Tenants.create(new Http(gateway.port()), "Ahead of time", "key-aot-embedded");
            assertThat(gateway.logText())
                    .contains("Starting AOT-processed CrosswalkApplication")
                    .contains("Starting embedded PostgreSQL with data in " + dataDir);
        }
    }

    @Test
    void usesAnExternalDatabaseGivenAtRunTime() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> environment = environment();
            environment.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SPRING_DATASOURCE_PASSWORD", "");
            try (GatewayProcess gateway = GatewayProcess.start("aot-external", environment, AHEAD_OF_TIME, List.of())) {
                gateway.awaitReady(Duration.ofSeconds(120));
                Http http = new Http(gateway.port());
                Tenants.Created tenant = Tenants.create(http, "Ahead of time", "key-aot-external");
                Tenants.create(http, "Ahead of time", "key-aot-external-2");
                Tenants.create(http, "Ahead of time", "key-aot-external-3");
                assertThat(gateway.logText())
                        .contains("Starting AOT-processed CrosswalkApplication")
                        .doesNotContain("Starting embedded PostgreSQL");
                // The repositories as generated ahead of time: token, tenant and key look-ups, keyset pages.
                assertThat(http.get("/unified/ats/no-such-resource", tenant.token())
                                .status())
                        .isEqualTo(404);
                assertThat(http.get("/unified/ats/no-such-resource", "cwk_unknown")
                                .status())
                        .isEqualTo(401);
                Http.Response first = http.get("/admin/tenants?limit=2", Tenants.ADMIN_TOKEN);
                assertThat(first.json().path("result")).hasSize(2);
                Http.Response second = http.get(
                        "/admin/tenants?limit=2&next_cursor="
                                + first.json().path("next_cursor").asString(),
                        Tenants.ADMIN_TOKEN);
                assertThat(second.json().path("result")).hasSize(1);
                assertThat(second.json().path("next_cursor").isNull()).isTrue();
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    ResultSet count = connection
                            .createStatement()
                            .executeQuery("select count(*) from tenant where name = 'Ahead of time'")) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(3);
            }
        }
    }

    @Test
    void refusesASettingThatWouldNeedOtherBeans() throws Exception {
        try (GatewayProcess gateway = GatewayProcess.start(
                "aot-sandbox", environment(), AHEAD_OF_TIME, List.of("--crosswalk.sandbox.enabled=true"))) {
            assertThat(gateway.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(gateway.logText())
                    .contains("crosswalk.sandbox.enabled is on here but was off in the build")
                    .contains("Start without -Dspring.aot.enabled=true")
                    .doesNotContain("Starting embedded PostgreSQL");
        }
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("CROSSWALK_DATA_DIR", dataDir.toString());
        environment.put("CROSSWALK_ADMIN_TOKEN", Tenants.ADMIN_TOKEN);
        environment.put("CROSSWALK_VAULT_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        environment.put("CROSSWALK_ASHBY_BASE_URL", ashby.baseUrl());
        return environment;
    }
}
