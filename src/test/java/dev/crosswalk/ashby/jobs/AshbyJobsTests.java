package dev.crosswalk.ashby.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.ashby.AshbyTestClients;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.jobs.JobFilter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jobs against a WireMock Ashby: every status and the office are asked for, createdAfter in epoch milliseconds. */
class AshbyJobsTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-jobs-0123456789");
    static final String JOB = "11111111-1111-4111-8111-111111111111";

    @Test
    void aJobListAsksForEveryStatusAndTheOfficeAndPassesCreatedAfterInEpochMilliseconds() {
        ashby.stubFor(post("/job.list").willReturn(okJson("""
                {"success": true, "results": [{"id": "%s", "title": "Chef", "status": "Draft",
                  "location": {"id": "l-1", "name": "Paris"}}], "moreDataAvailable": true, "nextCursor": "c-2"}""".formatted(JOB))));
        AshbyJobs jobs = new AshbyJobs(AshbyTestClients.singleAttempt(ashby.baseUrl()), new JobMapperImpl());

        Page<?> page = jobs.list(
                        TENANT,
                        new JobFilter(Instant.parse("2024-01-31T00:00:00Z"), null),
                        new PageRequest(7, "c-1", false))
                .block();

        assertThat(page.records()).hasSize(1);
        assertThat(page.nextPosition()).isEqualTo("c-2");
        ashby.verify(postRequestedFor(urlEqualTo("/job.list")).withRequestBody(equalToJson("""
                {"limit": 7, "cursor": "c-1", "createdAfter": 1706659200000,
                 "status": ["Draft", "Open", "Closed", "Archived"], "expand": ["location"]}""")));

        jobs.list(TENANT, new JobFilter(null, "closed"), new PageRequest(50, null, false))
                .block();

        ashby.verify(postRequestedFor(urlEqualTo("/job.list")).withRequestBody(equalToJson("""
                {"limit": 50, "status": ["Closed"], "expand": ["location"]}""")));
    }
}
