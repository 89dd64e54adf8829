package dev.crosswalk.tenant;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.CrosswalkApplication;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Tenants;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Master-key rotation end to end ({@link VaultKeyRotation}): restarted with a new
 * {@code CROSSWALK_VAULT_KEY} and the old one in {@code CROSSWALK_VAULT_PREVIOUS_KEYS}, the gateway
 * re-encrypts every stored Ashby key at start-up; the keys keep working, and a later restart without
 * the old key still serves them. Its own database: a rotation touches every tenant of the database.
 */
class VaultKeyRotationIntegrationTests {

    static final String OLD_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String NEW_KEY =
            Base64.getEncoder().encodeToString("a new master key of 32 bytes....".getBytes(StandardCharsets.US_ASCII));

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.acceptingAnyKey();

    static EmbeddedPostgres postgres;

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @BeforeEach
    void emptyCandidateLists() {
        ashby.stubFor(post("/candidate.list")
                .willReturn(okJson("{\"success\":true,\"results\":[],\"moreDataAvailable\":false}")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aRestartWithANewMasterKeyReencryptsStoredKeysWhichKeepWorking() throws Exception {
        Tenants.Created first;
        Tenants.Created second;
        try (ConfigurableApplicationContext gateway = gateway(OLD_KEY, "")) {
            first = Tenants.create(http(gateway), "First", "ashby-key-first");
            second = Tenants.create(http(gateway), "Second", "ashby-key-second");
        }
        String oldId = new MasterKey(OLD_KEY, List.of(), dataDir.toString()).currentId();
        String newId = new MasterKey(NEW_KEY, List.of(), dataDir.toString()).currentId();
        assertThat(storedKeyIds()).containsExactly(oldId, oldId);
        List<String> sealedWithOldKey = storedCiphertexts();

        try (ConfigurableApplicationContext gateway = gateway(NEW_KEY, OLD_KEY)) {
            assertThat(storedKeyIds()).containsExactly(newId, newId);
            assertThat(storedCiphertexts()).doesNotContainAnyElementsOf(sealedWithOldKey);
            assertCallsAshbyWith(http(gateway), first, "ashby-key-first");
        }
        try (ConfigurableApplicationContext gateway = gateway(NEW_KEY, "")) {
            assertCallsAshbyWith(http(gateway), second, "ashby-key-second");
        }
    }

    private static void assertCallsAshbyWith(Http http, Tenants.Created tenant, String ashbyKey) {
        ashby.resetRequests();
        Http.Response list = http.get("/unified/ats/candidates?limit=1", tenant.token());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/candidate.list"))
                        .withHeader("Authorization", equalTo(AshbyStub.basic(ashbyKey))));
    }

    private static ConfigurableApplicationContext gateway(String vaultKey, String previousKeys) throws Exception {
        Path dir = Files.createTempDirectory(dataDir, "instance");
        return new SpringApplicationBuilder(CrosswalkApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--crosswalk.data-dir=" + dir,
                        "--crosswalk.admin-token=" + Tenants.ADMIN_TOKEN,
                        "--crosswalk.vault-key=" + vaultKey,
                        "--crosswalk.vault-previous-keys=" + previousKeys,
                        "--crosswalk.ashby.base-url=" + ashby.baseUrl());
    }

    private static Http http(ConfigurableApplicationContext gateway) {
        return new Http(Integer.parseInt(gateway.getEnvironment().getRequiredProperty("local.server.port")));
    }

    private static List<String> storedKeyIds() throws Exception {
        return column("key_id");
    }

    private static List<String> storedCiphertexts() throws Exception {
        return column("encode(ciphertext, 'hex')");
    }

    private static List<String> column(String expression) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery(
                                "select " + expression + " from tenant_credential order by updated_at, tenant_id")) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
