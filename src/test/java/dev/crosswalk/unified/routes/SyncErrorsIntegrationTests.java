package dev.crosswalk.unified.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.sandbox.SandboxControl;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Sandbox;
import dev.crosswalk.support.SandboxGatewayTest;
import dev.crosswalk.support.Tenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every way a sync token can be refused, each with its status and code: expired or too deep at the
 * ATS (409 {@code sync_token_expired}: start over with a full pass), and tampered, foreign or used
 * with another listing (400 {@code invalid_sync_token}); a resource or filter that cannot sync says
 * so (400 {@code sync_unsupported}).
 */
@SandboxGatewayTest
@TestPropertySource(
        properties = {
            "crosswalk.sandbox.sync-token-ttl=10s",
            "crosswalk.sandbox.max-incremental-changes=5",
            "crosswalk.sandbox.keys[" + SyncErrorsIntegrationTests.KEY + "].organisation=sync-errors",
            "crosswalk.sandbox.keys[" + SyncErrorsIntegrationTests.KEY + "].seed=22",
            "crosswalk.sandbox.keys[" + SyncErrorsIntegrationTests.KEY + "].candidates=30"
        })
class SyncErrorsIntegrationTests {

    static final String KEY = "sandbox-sync-errors-key";

    @LocalServerPort
    int port;

    @Autowired
    SandboxControl sandbox;

    Http http;
    String token;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        sandbox.warmUp(KEY);
        token = Tenants.create(http, "Sync errors " + UUID.randomUUID(), KEY).token();
    }

    @Test
    void anExpiredTokenAsksForAFullSync() throws InterruptedException {
        String syncToken = fullPass("/unified/ats/tags?sync=true");
        Thread.sleep(11_000);

        JsonNode problem = refused("/unified/ats/tags?sync_token=" + encode(syncToken), 409);

        assertThat(problem.path("code").asString()).isEqualTo("sync_token_expired");
        assertThat(problem.path("detail").asString()).contains("sync=true");
    }

    @Test
    void aDeltaTooDeepForTheAtsAsksForAFullSync() {
        String syncToken = fullPass("/unified/ats/candidates?sync=true");
        JsonNode candidates =
                http.get("/unified/ats/candidates?limit=6", token).json().path("result");
        for (JsonNode candidate : candidates) {
            ashby(
                    "candidate.update",
                    "{\"candidateId\": \"" + candidate.path("id").asString() + "\", \"name\": \"X\"}");
        }

        JsonNode problem = refused("/unified/ats/candidates?sync_token=" + encode(syncToken), 409);

        assertThat(problem.path("code").asString()).isEqualTo("sync_token_expired");
        assertThat(problem.path("remote").path("code").asString()).isEqualTo("incremental_sync_too_large");
    }

    @Test
    void aTamperedTokenIsInvalid() {
        String syncToken = fullPass("/unified/ats/candidates?sync=true");
        String tampered =
                syncToken.substring(0, 20) + (syncToken.charAt(20) == 'A' ? 'B' : 'A') + syncToken.substring(21);

        assertThat(refused("/unified/ats/candidates?sync_token=" + encode(tampered), 400)
                        .path("code")
                        .asString())
                .isEqualTo("invalid_sync_token");
        assertThat(refused("/unified/ats/candidates?sync_token=not-a-token", 400)
                        .path("code")
                        .asString())
                .isEqualTo("invalid_sync_token");
    }

    @Test
    void anotherTenantsTokenIsInvalidEvenOnTheSameAts() {
        String syncToken = fullPass("/unified/ats/candidates?sync=true");
        String other = Tenants.create(http, "Other " + UUID.randomUUID(), KEY).token();

        Http.Response response = http.get("/unified/ats/candidates?sync_token=" + encode(syncToken), other);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("code").asString()).isEqualTo("invalid_sync_token");
    }

    @Test
    void aTokenOfAnotherResourceOrOtherFiltersIsInvalid() {
        String syncToken = fullPass("/unified/ats/candidates?sync=true");

        assertThat(refused("/unified/ats/applications?sync_token=" + encode(syncToken), 400)
                        .path("code")
                        .asString())
                .isEqualTo("invalid_sync_token");
        assertThat(refused(
                                "/unified/ats/candidates?created_after=2020-01-01T00:00:00Z&sync_token="
                                        + encode(syncToken),
                                400)
                        .path("code")
                        .asString())
                .isEqualTo("invalid_sync_token");
    }

    @Test
    void aCursorIsNotASyncTokenNorTheOtherWayRound() {
        JsonNode page =
                http.get("/unified/ats/candidates?sync=true&limit=5", token).json();
        String cursor = page.path("next_cursor").asString();

        assertThat(refused("/unified/ats/candidates?sync_token=" + encode(cursor), 400)
                        .path("code")
                        .asString())
                .isEqualTo("invalid_sync_token");
    }

    @Test
    void resourcesAndFiltersThatCannotSyncSaySo() {
        JsonNode candidate = http.get("/unified/ats/candidates?limit=1", token)
                .json()
                .path("result")
                .get(0);
        String id = candidate.path("id").asString();

        for (String path : new String[] {
            "/unified/ats/reject_reasons?sync=true",
            "/unified/ats/attachments?candidate_id=" + id + "&sync=true",
            "/unified/ats/candidates?email=someone%40example.com&sync=true",
            "/unified/ats/applications?candidate_id=" + id + "&sync=true"
        }) {
            JsonNode problem = refused(path, 400);
            assertThat(problem.path("code").asString()).as(path).isEqualTo("sync_unsupported");
        }
    }

    /** The next_sync_token of a full pass over the listing. */
    private String fullPass(String path) {
        String cursor = null;
        JsonNode page;
        do {
            page = http.get(path + (cursor == null ? "" : "&next_cursor=" + encode(cursor)), token)
                    .json();
            cursor = page.path("next_cursor").isNull()
                    ? null
                    : page.path("next_cursor").asString();
        } while (cursor != null);
        assertThat(page.path("next_sync_token").isString()).as(page.toString()).isTrue();
        return page.path("next_sync_token").asString();
    }

    private JsonNode refused(String path, int status) {
        Http.Response response = http.get(path, token);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json();
    }

    private void ashby(String method, String body) {
        new Sandbox(port).call(KEY, method, body).succeeded();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
