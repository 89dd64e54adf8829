package dev.crosswalk.tenant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.crosswalk.support.AshbyStub.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.IntegrationTest;
import dev.crosswalk.support.Tenants;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import tools.jackson.databind.JsonNode;

/**
 * The admin API as an operator uses it, with WireMock standing in for Ashby's {@code apiKey.info}.
 * Every test also checks that no Ashby key or issued token appears in the captured log output.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AdminApiIntegrationTests {

    static final String ADMIN = Tenants.ADMIN_TOKEN;
    static final String GOOD_KEY = "ashby-good-key-9f8e7d6c5b4a";
    static final String OTHER_GOOD_KEY = "ashby-other-key-1a2b3c4d5e6f";
    static final String REJECTED_KEY = "ashby-revoked-key-000000";

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.create();

    @DynamicPropertySource
    static void ashbyBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("crosswalk.ashby.base-url", ashby::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableTransactionManager transactions;

    Http http;
    final java.util.List<String> issuedTokens = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        stubKey(GOOD_KEY, "[\"candidatesRead\", \"jobsRead\"]");
        stubKey(OTHER_GOOD_KEY, "[\"candidatesRead\", \"candidatesWrite\"]");
        ashby.stubFor(post("/apiKey.info")
                .withHeader("Authorization", equalTo(basic(REJECTED_KEY)))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"errors\":[\"invalid_api_key\"]}")));
    }

    @AfterEach
    void noSecretInLogs(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(GOOD_KEY, OTHER_GOOD_KEY, REJECTED_KEY);
        for (String token : issuedTokens) {
            assertThat(output.getAll()).doesNotContain(token);
        }
    }

    @Test
    void adminRoutesNeedTheAdminToken() {
        for (String bearer : new String[] {null, "wrong", ADMIN + "x", "cwk_notanadmintoken"}) {
            Http.Response response = http.get("/admin/tenants", bearer);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("code").asString()).isEqualTo("unauthorized");
        }
        assertThat(http.send("POST", "/admin/tenants", "wrong", body("Acme", null, GOOD_KEY), "application/json")
                        .status())
                .isEqualTo(401);
        ashby.verify(0, postRequestedFor(urlEqualTo("/apiKey.info")));
    }

    @Test
    void createsATenantAfterCheckingTheKeyWithAshby() {
        Http.Response created = create("Acme", "cus_" + UUID.randomUUID(), GOOD_KEY);

        assertThat(created.status()).isEqualTo(201);
        JsonNode tenant = created.json().path("result");
        assertThat(tenant.path("name").asString()).isEqualTo("Acme");
        assertThat(tenant.path("status").asString()).isEqualTo("active");
        assertThat(tenant.path("created_at").asString()).isNotBlank();
        assertThat(tenant.path("api_token").asString()).startsWith("cwk_");
        assertThat(tenant.path("ashby_scopes").toString()).contains("candidatesRead", "jobsRead");
        assertThat(created.header("Location"))
                .isEqualTo("/admin/tenants/" + tenant.path("id").asString());
        assertThat(created.body()).doesNotContain(GOOD_KEY);

        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/apiKey.info"))
                        .withHeader("Authorization", equalTo(basic(GOOD_KEY)))
                        .withHeader(
                                "Content-Type",
                                com.github.tomakehurst.wiremock.client.WireMock.containing("application/json")));

        Http.Response fetched = http.get("/admin/tenants/" + tenant.path("id").asString(), ADMIN);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().path("result").has("api_token")).isFalse();
        assertThat(fetched.body())
                .doesNotContain(GOOD_KEY, tenant.path("api_token").asString());
    }

    @Test
    void storedKeyIsCiphertextOnly() {
        String id = create("Vaulted", null, GOOD_KEY)
                .json()
                .path("result")
                .path("id")
                .asString();

        Map<String, Object> row = jdbc.queryForMap(
                "select key_id, nonce, ciphertext, scopes::text as scopes from tenant_credential where tenant_id = ?::uuid",
                id);
        byte[] ciphertext = (byte[]) row.get("ciphertext");
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain(GOOD_KEY);
        assertThat(ciphertext.length).isEqualTo(GOOD_KEY.length() + 16);
        assertThat((byte[]) row.get("nonce")).hasSize(12);
        String wholeRow = jdbc.queryForObject(
                "select t::text from tenant_credential t where tenant_id = ?::uuid", String.class, id);
        assertThat(wholeRow).doesNotContain(GOOD_KEY).doesNotContain(base64(GOOD_KEY));
        String tokens = jdbc.queryForObject(
                "select string_agg(t::text, ',') from tenant_token t where tenant_id = ?::uuid", String.class, id);
        assertThat(tokens).doesNotContain("cwk_");
    }

    @Test
    void rejectedKeyGives422AndStoresNothing() {
        int before = tenantCount();

        Http.Response response = create("Rejected", "cus_rejected", REJECTED_KEY);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asString()).isEqualTo("upstream_credentials_rejected");
        assertThat(response.body()).doesNotContain(REJECTED_KEY);
        assertThat(tenantCount()).isEqualTo(before);
    }

    @Test
    void unreachableAshbyGives502AndStoresNothing() {
        int before = tenantCount();
        ashby.stubFor(post("/apiKey.info")
                .withHeader("Authorization", equalTo(basic(GOOD_KEY)))
                .willReturn(
                        aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        Http.Response response = create("Unreachable", null, GOOD_KEY);

        assertThat(response.status()).isIn(502, 504);
        assertThat(response.json().path("code").asString()).startsWith("upstream_");
        assertThat(tenantCount()).isEqualTo(before);
    }

    @Test
    void invalidBodiesAreRejectedNamingTheField() {
        Http.Response missing = http.post("/admin/tenants", ADMIN, "{\"external_id\": \"x\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("code").asString()).isEqualTo("invalid_request");
        assertThat(missing.json().path("detail").asString()).contains("name", "ashby_api_key");

        Http.Response unknown =
                http.post("/admin/tenants", ADMIN, "{\"name\": \"A\", \"ashby_api_key\": \"k\", \"plan\": \"gold\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("detail").asString()).contains("plan");

        Http.Response malformed = http.post("/admin/tenants", ADMIN, "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Http.Response wrongType =
                http.send("POST", "/admin/tenants", ADMIN, "name=A", "application/x-www-form-urlencoded");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.json().path("code").asString()).isEqualTo("unsupported_media_type");

        Http.Response wrongMethod = http.send("PUT", "/admin/tenants", ADMIN, "{}", "application/json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().path("code").asString()).isEqualTo("method_not_allowed");

        assertThat(http.get("/admin/tenants/not-a-uuid", ADMIN).status()).isEqualTo(400);
        assertThat(http.get("/admin/tenants/" + UUID.randomUUID(), ADMIN)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("not_found");
        ashby.verify(0, postRequestedFor(urlEqualTo("/apiKey.info")));
    }

    @Test
    void duplicateExternalIdIsAConflict() {
        String externalId = "cus_" + UUID.randomUUID();
        assertThat(create("First", externalId, GOOD_KEY).status()).isEqualTo(201);

        Http.Response second = create("Second", externalId, GOOD_KEY);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asString()).isEqualTo("conflict");
    }

    @Test
    void tokensAuthenticateTheTenantApiUntilRevoked() {
        JsonNode tenant = create("Tokens", null, GOOD_KEY).json().path("result");
        String id = tenant.path("id").asString();
        String first = tenant.path("api_token").asString();

        assertThat(http.get("/unified/ats/no-such-resource", null).status()).isEqualTo(401);
        assertThat(http.get("/unified/ats/no-such-resource", "cwk_unknown").status())
                .isEqualTo(401);
        assertThat(http.get("/unified/ats/no-such-resource", first).status()).isEqualTo(404);

        Http.Response issued = http.send("POST", "/admin/tenants/" + id + "/tokens", ADMIN, null, null);
        assertThat(issued.status()).isEqualTo(201);
        String second = issued.json().path("result").path("api_token").asString();
        issuedTokens.add(second);
        String secondId = issued.json().path("result").path("id").asString();
        assertThat(second).startsWith("cwk_").isNotEqualTo(first);
        assertThat(http.get("/unified/ats/no-such-resource", second).status()).isEqualTo(404);

        Http.Response listed = http.get("/admin/tenants/" + id + "/tokens", ADMIN);
        assertThat(listed.json().path("result")).hasSize(2);
        assertThat(listed.body()).doesNotContain(first, second, "api_token");

        assertThat(http.send("DELETE", "/admin/tenants/" + id + "/tokens/" + secondId, ADMIN, null, null)
                        .status())
                .isEqualTo(204);
        Http.Response revoked = http.get("/unified/ats/no-such-resource", second);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().path("code").asString()).isEqualTo("unauthorized");
        assertThat(http.get("/unified/ats/no-such-resource", first).status()).isEqualTo(404);
        assertThat(http.send("DELETE", "/admin/tenants/" + id + "/tokens/" + secondId, ADMIN, null, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aTokenAlreadyResolvedIsServedWithoutADatabaseTransaction() {
        String token = create("Cached", null, GOOD_KEY)
                .json()
                .path("result")
                .path("api_token")
                .asString();
        assertThat(http.get("/unified/ats/no-such-resource", token).status()).isEqualTo(404);
        AtomicInteger begun = new AtomicInteger();
        TransactionExecutionListener counter = new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                begun.incrementAndGet();
            }
        };
        transactions.addListener(counter);
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(http.get("/unified/ats/no-such-resource", token).status())
                        .isEqualTo(404);
            }
        } finally {
            transactions.getTransactionExecutionListeners().remove(counter);
        }
        assertThat(begun)
                .as("transactions begun by requests with a cached token")
                .hasValue(0);
    }

    @Test
    void disablingATenantRefusesItsTokensAtOnce() {
        JsonNode tenant = create("Disable me", null, GOOD_KEY).json().path("result");
        String id = tenant.path("id").asString();
        String token = tenant.path("api_token").asString();
        assertThat(http.get("/unified/ats/no-such-resource", token).status()).isEqualTo(404);

        Http.Response disabled =
                http.send("PATCH", "/admin/tenants/" + id, ADMIN, "{\"status\": \"disabled\"}", "application/json");
        assertThat(disabled.json().path("result").path("status").asString()).isEqualTo("disabled");
        Http.Response refused = http.get("/unified/ats/no-such-resource", token);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("code").asString()).isEqualTo("tenant_disabled");

        http.send(
                "PATCH",
                "/admin/tenants/" + id,
                ADMIN,
                "{\"status\": \"active\", \"name\": \"Renamed\"}",
                "application/json");
        assertThat(http.get("/unified/ats/no-such-resource", token).status()).isEqualTo(404);
        assertThat(http.get("/admin/tenants/" + id, ADMIN)
                        .json()
                        .path("result")
                        .path("name")
                        .asString())
                .isEqualTo("Renamed");

        Http.Response badStatus =
                http.send("PATCH", "/admin/tenants/" + id, ADMIN, "{\"status\": \"needs_reauth\"}", "application/json");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().path("detail").asString()).contains("status");
    }

    @Test
    void rotatingTheKeyChecksItAndReplacesIt() {
        JsonNode tenant = create("Rotate", null, GOOD_KEY).json().path("result");
        String id = tenant.path("id").asString();
        byte[] before = jdbc.queryForObject(
                "select ciphertext from tenant_credential where tenant_id = ?::uuid", byte[].class, id);

        Http.Response rejected = http.send(
                "PUT",
                "/admin/tenants/" + id + "/credentials/ashby",
                ADMIN,
                "{\"api_key\": \"" + REJECTED_KEY + "\"}",
                "application/json");
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(jdbc.queryForObject(
                        "select ciphertext from tenant_credential where tenant_id = ?::uuid", byte[].class, id))
                .isEqualTo(before);

        jdbc.update("update tenant set status = 'needs_reauth' where id = ?::uuid", id);
        Http.Response rotated = http.send(
                "PUT",
                "/admin/tenants/" + id + "/credentials/ashby",
                ADMIN,
                "{\"api_key\": \"" + OTHER_GOOD_KEY + "\"}",
                "application/json");
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().path("result").path("status").asString()).isEqualTo("active");
        assertThat(rotated.json().path("result").path("ashby_scopes").toString())
                .contains("candidatesWrite");
        assertThat(rotated.body()).doesNotContain(OTHER_GOOD_KEY);
        assertThat(jdbc.queryForObject(
                        "select ciphertext from tenant_credential where tenant_id = ?::uuid", byte[].class, id))
                .isNotEqualTo(before);
        ashby.verify(postRequestedFor(urlEqualTo("/apiKey.info"))
                .withHeader("Authorization", equalTo(basic(OTHER_GOOD_KEY))));
    }

    @Test
    void deletingATenantRemovesItsTokensAndCredentials() {
        JsonNode tenant = create("Delete me", null, GOOD_KEY).json().path("result");
        String id = tenant.path("id").asString();
        String token = tenant.path("api_token").asString();
        assertThat(http.get("/unified/ats/no-such-resource", token).status()).isEqualTo(404);

        assertThat(http.send("DELETE", "/admin/tenants/" + id, ADMIN, null, null)
                        .status())
                .isEqualTo(204);

        assertThat(http.get("/admin/tenants/" + id, ADMIN).status()).isEqualTo(404);
        assertThat(http.get("/unified/ats/no-such-resource", token).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select count(*) from tenant_credential where tenant_id = ?::uuid", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from tenant_token where tenant_id = ?::uuid", Integer.class, id))
                .isZero();
    }

    @Test
    void listIsPagedWithOpaqueCursors() {
        for (int i = 0; i < 3; i++) {
            create("Paged " + i, null, GOOD_KEY);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Response page =
                    http.get("/admin/tenants?limit=2" + (cursor == null ? "" : "&next_cursor=" + cursor), ADMIN);
            assertThat(page.status()).isEqualTo(200);
            JsonNode body = page.json();
            assertThat(body.path("result_count").asInt())
                    .isEqualTo(body.path("result").size())
                    .isLessThanOrEqualTo(2);
            body.path("result")
                    .forEach(t -> assertThat(seen.add(t.path("id").asString()))
                            .as("each tenant once")
                            .isTrue());
            assertThat(page.body()).doesNotContain("api_token", GOOD_KEY);
            cursor = body.path("next_cursor").isNull()
                    ? null
                    : body.path("next_cursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(tenantCount());
        assertThat(pages).isGreaterThanOrEqualTo(2);

        assertThat(http.get("/admin/tenants?limit=0", ADMIN)
                        .json()
                        .path("detail")
                        .asString())
                .contains("limit");
        assertThat(http.get("/admin/tenants?limit=abc", ADMIN).status()).isEqualTo(400);
        assertThat(http.get("/admin/tenants?limit=101", ADMIN).status()).isEqualTo(400);
        assertThat(http.get("/admin/tenants?colour=red", ADMIN)
                        .json()
                        .path("detail")
                        .asString())
                .contains("colour");
        Http.Response badCursor = http.get("/admin/tenants?next_cursor=garbage", ADMIN);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().path("code").asString()).isEqualTo("invalid_cursor");
    }

    @Test
    void aKeyRejectedByAshbyMarksTheTenantNeedsReauthUntilRotated() throws Exception {
        JsonNode tenant = create("Reauth", null, GOOD_KEY).json().path("result");
        String id = tenant.path("id").asString();
        String token = tenant.path("api_token").asString();
        ashby.stubFor(post("/candidate.list")
                .withHeader("Authorization", equalTo(basic(GOOD_KEY)))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"errors\":[\"unauthorized\"]}")));

        Http.Response failed = http.get("/unified/ats/candidates", token);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.json().path("code").asString()).isEqualTo("upstream_auth_failed");
        assertThat(failed.body()).doesNotContain(GOOD_KEY);
        String status = null;
        for (int i = 0; i < 50 && !"needs_reauth".equals(status); i++) {
            Thread.sleep(100);
            status = http.get("/admin/tenants/" + id, ADMIN)
                    .json()
                    .path("result")
                    .path("status")
                    .asString();
        }
        assertThat(status).isEqualTo("needs_reauth");

        Http.Response rotated = http.send(
                "PUT",
                "/admin/tenants/" + id + "/credentials/ashby",
                ADMIN,
                "{\"api_key\": \"" + OTHER_GOOD_KEY + "\"}",
                "application/json");
        assertThat(rotated.json().path("result").path("status").asString()).isEqualTo("active");
    }

    private Http.Response create(String name, String externalId, String key) {
        Http.Response response = http.post("/admin/tenants", ADMIN, body(name, externalId, key));
        if (response.status() == 201) {
            issuedTokens.add(response.json().path("result").path("api_token").asString());
        }
        return response;
    }

    private static String body(String name, String externalId, String key) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", name);
        if (externalId != null) {
            body.put("external_id", externalId);
        }
        body.put("ashby_api_key", key);
        return Http.json(body);
    }

    private int tenantCount() {
        return jdbc.queryForObject("select count(*) from tenant", Integer.class);
    }

    private static void stubKey(String key, String scopes) {
        ashby.stubFor(post("/apiKey.info")
                .withHeader("Authorization", equalTo(basic(key)))
                .willReturn(okJson(
                        "{\"success\":true,\"results\":{\"title\":\"Crosswalk\",\"createdAt\":\"2026-01-05T10:00:00.000Z\",\"scopes\":"
                                + scopes + "}}")));
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
