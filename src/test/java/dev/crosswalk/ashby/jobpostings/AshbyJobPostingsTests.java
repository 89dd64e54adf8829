package dev.crosswalk.ashby.jobpostings;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.ashby.AshbyJson;
import dev.crosswalk.ashby.AshbyTestClients;
import dev.crosswalk.ashby.jobs.JobMapperImpl;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Pages;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.jobpostings.JobPosting;
import dev.crosswalk.unified.jobpostings.JobPostingFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Job postings against a WireMock Ashby: the recorded {@code jobPosting.list} answer maps to what a
 * job board needs, the unpaged list is paged and filtered by job here, and a posting got by id
 * carries its description.
 */
class AshbyJobPostingsTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-postings-0123456789");
    static final String JOB = "11111111-1111-4111-8111-111111111111";
    static final String POSTING = "22222222-2222-4222-8222-222222222222";

    AshbyJobPostings postings;

    @BeforeEach
    void setUp() {
        postings = new AshbyJobPostings(
                AshbyTestClients.singleAttempt(ashby.baseUrl()), new JobPostingMapperImpl(new JobMapperImpl()));
    }

    @Test
    void theRecordedListingMapsToWhatAJobBoardShows() {
        ashby.stubFor(post("/jobPosting.list")
                .willReturn(okJson(
                        AshbyJson.fixture("jobPosting.list.recorded.json").toString())));

        Page<JobPosting> page = postings.list(
                        TENANT, new JobPostingFilter(null, false), new PageRequest(10, null, true))
                .block();

        assertThat(page.nextPosition()).isNull();
        assertThat(page.records()).singleElement().satisfies(posting -> {
            assertThat(posting.title()).isEqualTo("Founding Developer Growth Lead");
            assertThat(posting.job().id()).isEqualTo("00000000-0000-0000-0000-000000000002");
            assertThat(posting.departmentName()).isEqualTo("Nango");
            assertThat(posting.locationName()).isEqualTo("San Francisco");
            assertThat(posting.offices())
                    .extracting(office -> office.id())
                    .containsExactly("00000000-0000-0000-0000-000000000003");
            assertThat(posting.workplaceType()).isEqualTo("on_site");
            assertThat(posting.employmentType()).isEqualTo("full_time");
            assertThat(posting.isListed()).isTrue();
            assertThat(posting.applyUrl()).startsWith("https://jobs.ashbyhq.com/");
            assertThat(posting.compensationSummary()).contains("$150K");
            assertThat(posting.displayCompensation()).isTrue();
            assertThat(posting.descriptionHtml()).isNull();
            assertThat(posting.updatedAt()).isEqualTo(Instant.parse("2026-04-28T11:55:08.267Z"));
            assertThat(posting.remoteData()).isNotNull();
        });
        ashby.verify(postRequestedFor(urlEqualTo("/jobPosting.list")).withRequestBody(equalToJson("{}")));
    }

    @Test
    void oneJobsListedPostingsArePagedHere() {
        ashby.stubFor(post("/jobPosting.list").willReturn(okJson("""
                {"success": true, "results": [
                  {"id": "jp-1", "title": "A", "jobId": "%1$s", "isListed": true},
                  {"id": "jp-2", "title": "B", "jobId": "another-job", "isListed": true},
                  {"id": "jp-3", "title": "C", "jobId": "%1$s", "isListed": true},
                  {"id": "jp-4", "title": "D", "jobId": "%1$s", "isListed": true}]}""".formatted(JOB))));

        List<List<String>> pages =
                Pages.ids(2, page -> postings.list(TENANT, new JobPostingFilter(JOB, true), page), JobPosting::id);

        assertThat(pages).containsExactly(List.of("jp-1", "jp-3"), List.of("jp-4"));
        ashby.verify(postRequestedFor(urlEqualTo("/jobPosting.list"))
                .withRequestBody(equalToJson("{\"listedOnly\": true}")));
    }

    @Test
    void aPostingGotByIdCarriesItsDescription() {
        ashby.stubFor(post("/jobPosting.info").willReturn(okJson("""
                {"success": true, "results": {"id": "%s", "title": "Chef", "jobId": "%s", "workplaceType": "Hybrid",
                 "employmentType": "Seasonal", "descriptionHtml": "<p>Cook</p>", "descriptionPlain": "Cook",
                 "locationIds": {"primaryLocationId": "l-1", "secondaryLocationIds": ["l-2", "l-1"]}}}""".formatted(POSTING, JOB))));

        JobPosting posting = postings.get(TENANT, POSTING, false).block();

        assertThat(posting.descriptionHtml()).isEqualTo("<p>Cook</p>");
        assertThat(posting.descriptionPlain()).isEqualTo("Cook");
        assertThat(posting.workplaceType()).isEqualTo("hybrid");
        assertThat(posting.employmentType())
                .as("an unknown type passes through raw")
                .isEqualTo("Seasonal");
        assertThat(posting.offices()).extracting(office -> office.id()).containsExactly("l-1", "l-2");
        assertThat(posting.remoteData()).isNull();
        ashby.verify(postRequestedFor(urlEqualTo("/jobPosting.info"))
                .withRequestBody(equalToJson("{\"jobPostingId\": \"" + POSTING + "\"}")));
    }

    @Test
    void anIdThatCannotBeAshbysIsNotFoundWithoutAskingAshby() {
        assertThatThrownBy(() -> postings.get(TENANT, "nope", false).block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.NOT_FOUND));
        ashby.verify(0, postRequestedFor(urlEqualTo("/jobPosting.info")));
    }
}
