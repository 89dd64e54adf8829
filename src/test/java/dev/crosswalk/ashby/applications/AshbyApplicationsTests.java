package dev.crosswalk.ashby.applications;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyTestClients;
import dev.crosswalk.ashby.candidates.AshbyCandidates;
import dev.crosswalk.ashby.candidates.CandidateMapperImpl;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.applications.ApplicationFilter;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Applications against a WireMock Ashby: filters become Ashby's parameters, and one candidate's
 * applications (which Ashby cannot list) are paged over the candidate's ids without loss.
 */
class AshbyApplicationsTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-0123456789");
    static final String CANDIDATE = "10000000-0000-4000-8000-000000000001";
    static final String APP_1 = "20000000-0000-4000-8000-000000000001";
    static final String APP_2 = "20000000-0000-4000-8000-000000000002";
    static final String APP_3 = "20000000-0000-4000-8000-000000000003";

    AshbyApplications applications;

    @BeforeEach
    void setUp() {
        AshbyClient client = AshbyTestClients.singleAttempt(ashby.baseUrl());
        applications = new AshbyApplications(
                client, new ApplicationMapperImpl(), new AshbyCandidates(client, new CandidateMapperImpl()));
    }

    @Test
    void applicationFiltersBecomeAshbyParameters() {
        ashby.stubFor(post("/application.list").willReturn(okJson("""
                {"success": true, "results": [{"id": "a-1", "status": "Archived"}], "moreDataAvailable": true, "nextCursor": "n1"}""")));

        Page<Application> page = applications
                .list(
                        TENANT,
                        new ApplicationFilter(Instant.parse("2024-01-31T00:00:00Z"), APP_1, "archived", null),
                        new PageRequest(7, "c0", false))
                .block();

        assertThat(page.records()).extracting(Application::status).containsExactly("archived");
        assertThat(page.nextPosition()).isEqualTo("n1");
        ashby.verify(postRequestedFor(urlEqualTo("/application.list"))
                .withRequestBody(equalToJson(
                        "{\"limit\": 7, \"cursor\": \"c0\", \"createdAfter\": 1706659200000, \"status\": \"Archived\", \"jobId\": \""
                                + APP_1 + "\"}")));
    }

    @Test
    void aCandidatesApplicationsArePagedOverItsIdsSkippingOnesAshbyNoLongerHas() {
        ashby.stubFor(post("/candidate.info")
                .willReturn(okJson("{\"success\": true, \"results\": {\"id\": \"" + CANDIDATE
                        + "\", \"applicationIds\": [\"" + APP_1 + "\", \"" + APP_2 + "\", \"" + APP_3 + "\"]}}")));
        stubApplication(APP_1, "Active");
        ashby.stubFor(post("/application.info")
                .withRequestBody(matchingJsonPath("$.applicationId", equalTo(APP_2)))
                .willReturn(okJson("{\"success\": false, \"errors\": [\"application_not_found\"]}")));
        stubApplication(APP_3, "Archived");
        ApplicationFilter filter = new ApplicationFilter(null, null, null, CANDIDATE);

        Page<Application> first = applications
                .list(TENANT, filter, new PageRequest(2, null, false))
                .block();
        Page<Application> second = applications
                .list(TENANT, filter, new PageRequest(2, first.nextPosition(), false))
                .block();
        Page<Application> archived = applications
                .list(
                        TENANT,
                        new ApplicationFilter(null, null, "archived", CANDIDATE),
                        new PageRequest(10, null, false))
                .block();

        assertThat(first.records()).extracting(Application::id).containsExactly(APP_1);
        assertThat(second.records()).extracting(Application::id).containsExactly(APP_3);
        assertThat(second.nextPosition()).isNull();
        assertThat(archived.records()).extracting(Application::id).containsExactly(APP_3);
    }

    @Test
    void anUnknownCandidateHasNoApplications() {
        ashby.stubFor(post("/candidate.info")
                .willReturn(okJson("{\"success\": false, \"errors\": [\"candidate_not_found\"]}")));

        Page<Application> page = applications
                .list(TENANT, new ApplicationFilter(null, null, null, CANDIDATE), new PageRequest(10, null, false))
                .block();
        Page<Application> malformed = applications
                .list(TENANT, new ApplicationFilter(null, null, null, "nope"), new PageRequest(10, null, false))
                .block();

        assertThat(page.records()).isEmpty();
        assertThat(page.nextPosition()).isNull();
        assertThat(malformed.records()).isEmpty();
    }

    private static void stubApplication(String id, String status) {
        ashby.stubFor(post("/application.info")
                .withRequestBody(matchingJsonPath("$.applicationId", equalTo(id)))
                .willReturn(okJson(
                        "{\"success\": true, \"results\": {\"id\": \"" + id + "\", \"status\": \"" + status + "\"}}")));
    }
}
