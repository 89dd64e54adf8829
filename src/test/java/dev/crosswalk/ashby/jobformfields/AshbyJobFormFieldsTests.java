package dev.crosswalk.ashby.jobformfields;

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
import dev.crosswalk.ashby.jobpostings.AshbyJobPostings;
import dev.crosswalk.ashby.jobpostings.JobPostingMapperImpl;
import dev.crosswalk.ashby.jobs.AshbyJobs;
import dev.crosswalk.ashby.jobs.JobMapperImpl;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Pages;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.jobformfields.JobFormFieldFilter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A job's application form fields against a WireMock Ashby: those of the job's own postings only, each posting read once. */
class AshbyJobFormFieldsTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-jobs-0123456789");
    static final String JOB = "11111111-1111-4111-8111-111111111111";

    @Test
    void formFieldsAreThoseOfTheJobsOwnPostingsOnly() {
        AshbyClient client = AshbyTestClients.singleAttempt(ashby.baseUrl());
        AshbyJobFormFields fields = new AshbyJobFormFields(
                new AshbyJobs(client, new JobMapperImpl()),
                new AshbyJobPostings(client, new JobPostingMapperImpl(new JobMapperImpl())),
                new JobFormFieldMapperImpl());
        ashby.stubFor(post("/job.info").willReturn(okJson("""
                {"success": true, "results": {"id": "%s", "title": "Chef", "interviewPlanIds": ["p1"]}}""".formatted(JOB))));
        ashby.stubFor(post("/jobPosting.list").willReturn(okJson("""
                {"success": true, "results": [{"id": "jp-1", "jobId": "%s"}, {"id": "jp-other", "jobId": "another-job"},
                                              {"id": "jp-2", "jobId": "%s"}]}""".formatted(JOB, JOB))));
        stubPosting("jp-1", "f1", "f2", "f3");
        stubPosting("jp-2", "f1", "f2");

        List<List<String>> pages = Pages.ids(
                4,
                page -> fields.list(TENANT, new JobFormFieldFilter(JOB), page),
                field -> field.jobPosting().id() + "/" + field.id());

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

    private void stubPosting(String posting, String... names) {
        List<String> entries = new ArrayList<>();
        for (String field : names) {
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
}
