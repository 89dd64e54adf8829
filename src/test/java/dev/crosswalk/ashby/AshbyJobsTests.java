package dev.crosswalk.ashby;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crosswalk.ashby.mapping.JobFormFieldMapperImpl;
import dev.crosswalk.ashby.mapping.JobInterviewStageMapperImpl;
import dev.crosswalk.ashby.mapping.JobMapperImpl;
import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.jobformfields.JobFormFieldFilter;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStageFilter;
import dev.crosswalk.unified.jobs.JobFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Jobs and their fan-out resources against a WireMock Ashby with several interview plans and
 * postings: what is asked of Ashby, and that a parent served on an earlier page is never asked again.
 */
class AshbyJobsTests {

    static final WireMockServer ashby = new WireMockServer(options().dynamicPort());
    static final TenantContext TENANT =
            new TenantContext(UUID.randomUUID(), "Tenant", Secret.of("ashby-key-jobs-0123456789"));
    static final String JOB = "11111111-1111-4111-8111-111111111111";

    AshbyJobs jobs;

    @BeforeAll
    static void startAshby() {
        ashby.start();
    }

    @AfterAll
    static void stopAshby() {
        ashby.stop();
    }

    @BeforeEach
    void setUp() {
        ashby.resetAll();
        AshbyClient client = AshbyTestClients.singleAttempt(ashby.baseUrl());
        jobs = new AshbyJobs(
                client, new JobMapperImpl(), new JobInterviewStageMapperImpl(), new JobFormFieldMapperImpl());
    }

    @Test
    void aJobListAsksForEveryStatusAndTheOfficeAndPassesCreatedAfterInEpochMilliseconds() {
        ashby.stubFor(post("/job.list").willReturn(okJson("""
                {"success": true, "results": [{"id": "%s", "title": "Chef", "status": "Draft",
                  "location": {"id": "l-1", "name": "Paris"}}], "moreDataAvailable": true, "nextCursor": "c-2"}""".formatted(JOB))));

        Page<?> page = jobs.listJobs(
                        TENANT,
                        new JobFilter(Instant.parse("2024-01-31T00:00:00Z"), null),
                        new PageRequest(7, "c-1", false))
                .block();

        assertThat(page.records()).hasSize(1);
        assertThat(page.nextPosition()).isEqualTo("c-2");
        ashby.verify(postRequestedFor(urlEqualTo("/job.list")).withRequestBody(equalToJson("""
                {"limit": 7, "cursor": "c-1", "createdAfter": 1706659200000,
                 "status": ["Draft", "Open", "Closed", "Archived"], "expand": ["location"]}""")));

        jobs.listJobs(TENANT, new JobFilter(null, "closed"), new PageRequest(50, null, false))
                .block();

        ashby.verify(postRequestedFor(urlEqualTo("/job.list")).withRequestBody(equalToJson("""
                {"limit": 50, "status": ["Closed"], "expand": ["location"]}""")));
    }

    @Test
    void stagesOfSeveralPlansArePagedWithoutAskingAgainForAPlanAlreadyServed() {
        stubJob("\"p1\", \"p2\", \"p3\"");
        stubStages("p1", "s1", "s2", "s3");
        stubStages("p2", "s4", "s5");
        stubStages("p3");

        List<List<String>> pages = traverse(position -> jobs.listJobInterviewStages(
                        TENANT, new JobInterviewStageFilter(JOB), new PageRequest(2, position, false))
                .map(page -> ids(page, JobInterviewStage::id)));

        assertThat(pages).containsExactly(List.of("s1", "s2"), List.of("s3", "s4"), List.of("s5"));
        ashby.verify(
                2,
                postRequestedFor(urlEqualTo("/interviewStage.list"))
                        .withRequestBody(matchingJsonPath("$.interviewPlanId", equalTo("p1"))));
        ashby.verify(
                2,
                postRequestedFor(urlEqualTo("/interviewStage.list"))
                        .withRequestBody(matchingJsonPath("$.interviewPlanId", equalTo("p2"))));
        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/interviewStage.list"))
                        .withRequestBody(matchingJsonPath("$.interviewPlanId", equalTo("p3"))));
    }

    @Test
    void aPageEndingWithTheLastStageSaysSoEvenWhenEmptyPlansFollow() {
        stubJob("\"p1\", \"p2\", \"p3\"");
        stubStages("p1", "s1", "s2");
        stubStages("p2", "s3");
        stubStages("p3");

        Page<JobInterviewStage> page = jobs.listJobInterviewStages(
                        TENANT, new JobInterviewStageFilter(JOB), new PageRequest(3, null, false))
                .block();

        assertThat(page.records()).extracting(JobInterviewStage::id).containsExactly("s1", "s2", "s3");
        assertThat(page.nextPosition()).isNull();
    }

    @Test
    void formFieldsAreThoseOfTheJobsOwnPostingsOnly() {
        stubJob("\"p1\"");
        ashby.stubFor(post("/jobPosting.list").willReturn(okJson("""
                {"success": true, "results": [{"id": "jp-1", "jobId": "%s"}, {"id": "jp-other", "jobId": "another-job"},
                                              {"id": "jp-2", "jobId": "%s"}]}""".formatted(JOB, JOB))));
        stubPosting("jp-1", "f1", "f2", "f3");
        stubPosting("jp-2", "f1", "f2");

        List<List<String>> pages = traverse(position -> jobs.listJobFormFields(
                        TENANT, new JobFormFieldFilter(JOB), new PageRequest(4, position, false))
                .map(page -> ids(page, field -> field.jobPosting().id() + "/" + field.id())));

        assertThat(pages).containsExactly(List.of("jp-1/f1", "jp-1/f2", "jp-1/f3", "jp-2/f1"), List.of("jp-2/f2"));
        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/jobPosting.info"))
                        .withRequestBody(equalToJson("{\"jobPostingId\": \"jp-1\"}")));
        ashby.verify(
                0,
                postRequestedFor(urlEqualTo("/jobPosting.info"))
                        .withRequestBody(equalToJson("{\"jobPostingId\": \"jp-other\"}")));
        ashby.verify(1, postRequestedFor(urlEqualTo("/job.info")));
    }

    private void stubJob(String planIds) {
        ashby.stubFor(post("/job.info").willReturn(okJson("""
                {"success": true, "results": {"id": "%s", "title": "Chef", "interviewPlanIds": [%s]}}""".formatted(JOB, planIds))));
    }

    private void stubStages(String plan, String... stages) {
        List<String> results = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            results.add(
                    "{\"id\": \"%s\", \"title\": \"Stage %s\", \"type\": \"Active\", \"orderInInterviewPlan\": %d, \"interviewPlanId\": \"%s\"}"
                            .formatted(stages[i], stages[i], i, plan));
        }
        ashby.stubFor(post("/interviewStage.list")
                .withRequestBody(matchingJsonPath("$.interviewPlanId", equalTo(plan)))
                .willReturn(okJson("{\"success\": true, \"results\": [" + String.join(",", results)
                        + "], \"moreDataAvailable\": false}")));
    }

    private void stubPosting(String posting, String... fields) {
        List<String> entries = new ArrayList<>();
        for (String field : fields) {
            entries.add(
                    "{\"isRequired\": true, \"field\": {\"id\": \"%s\", \"type\": \"String\", \"path\": \"%s\", \"title\": \"%s\"}}"
                            .formatted(field, field, field));
        }
        ashby.stubFor(post("/jobPosting.info")
                .withRequestBody(matchingJsonPath("$.jobPostingId", equalTo(posting)))
                .willReturn(okJson("""
                        {"success": true, "results": {"id": "%s", "jobId": "%s", "applicationFormDefinition":
                          {"sections": [{"title": "Questions", "fields": [%s]}]}}}""".formatted(posting, JOB, String.join(",", entries)))));
    }

    /** Pages until the position is null; each element of the answer is one page's ids. */
    private List<List<String>> traverse(Function<String, Mono<PageOfIds>> fetch) {
        List<List<String>> pages = new ArrayList<>();
        String position = null;
        do {
            PageOfIds page = fetch.apply(position).block();
            pages.add(page.ids());
            position = page.next();
        } while (position != null && pages.size() < 100);
        return pages;
    }

    private static <T> PageOfIds ids(Page<T> page, Function<T, String> id) {
        return new PageOfIds(page.records().stream().map(id).toList(), page.nextPosition());
    }

    private record PageOfIds(List<String> ids, String next) {}
}
