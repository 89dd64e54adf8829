package dev.crosswalk.unified.candidates;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.IntegrationTest;
import dev.crosswalk.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole path with real tenants: an operator onboards a tenant, its token selects it, the
 * tenant's own Ashby key reaches Ashby, and a key Ashby stops accepting marks the tenant.
 */
@IntegrationTest
class CandidatesIntegrationTests {

    @RegisterExtension
    static final AshbyStub ashby = AshbyStub.acceptingAnyKey();

    @DynamicPropertySource
    static void ashby(DynamicPropertyRegistry properties) {
        properties.add("crosswalk.ashby.base-url", ashby::baseUrl);
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aTenantListsCandidatesWithItsOwnAshbyKeyAndFollowsTheCursor() {
        String key = "integration-key-" + System.nanoTime();
        Tenants.Created tenant = Tenants.create(http, "Acme", key);
        ashby.stubFor(post("/candidate.list")
                .withRequestBody(equalToJson("{\"limit\": 1}"))
                .willReturn(okJson("""
                {"success": true, "results": [{"id": "c-1", "name": "Ada Lovelace"}], "moreDataAvailable": true, "nextCursor": "p2"}""")));
        ashby.stubFor(post("/candidate.list")
                .withRequestBody(equalToJson("{\"limit\": 1, \"cursor\": \"p2\"}"))
                .willReturn(okJson("""
                {"success": true, "results": [{"id": "c-2", "name": "Grace Hopper"}], "moreDataAvailable": false}""")));

        Http.Response first = http.get("/unified/ats/candidates?limit=1", tenant.token());
        Http.Response second = http.get(
                "/unified/ats/candidates?limit=1&next_cursor="
                        + first.json().path("next_cursor").asString(),
                tenant.token());

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("result").get(0).path("last_name").asString())
                .isEqualTo("Lovelace");
        assertThat(second.json().path("result").get(0).path("id").asString()).isEqualTo("c-2");
        assertThat(second.json().path("next_cursor").isNull()).isTrue();
        ashby.verify(
                2,
                postRequestedFor(urlEqualTo("/candidate.list"))
                        .withHeader("Authorization", equalTo(AshbyStub.basic(key))));
    }

    @Test
    void aKeyAshbyStopsAcceptingMarksTheTenantForReauthentication() throws InterruptedException {
        Tenants.Created tenant = Tenants.create(http, "Globex", "integration-key-" + System.nanoTime());
        ashby.stubFor(post("/candidate.info").willReturn(aResponse().withStatus(403)));

        Http.Response response =
                http.get("/unified/ats/candidates/00000000-0000-0000-0000-000000000001", tenant.token());

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().path("code").asString()).isEqualTo("upstream_auth_failed");
        String status = null;
        for (int i = 0; i < 50 && !"needs_reauth".equals(status); i++) {
            Thread.sleep(100);
            status = http.get("/admin/tenants/" + tenant.id(), Tenants.ADMIN_TOKEN)
                    .json()
                    .path("result")
                    .path("status")
                    .asString();
        }
        assertThat(status).isEqualTo("needs_reauth");
    }

    @Test
    void thePassthroughNeedsATenantToken() {
        Http.Response response = http.post("/proxy/ashby/candidate.list", null, "{}");

        assertThat(response.status()).isEqualTo(401);
        ashby.verify(0, postRequestedFor(urlEqualTo("/candidate.list")));
    }
}
