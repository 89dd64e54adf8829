package dev.crosswalk.ashby.jobinterviewstages;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyTestClients;
import dev.crosswalk.ashby.jobs.AshbyJobs;
import dev.crosswalk.ashby.jobs.JobMapperImpl;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Pages;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStage;
import dev.crosswalk.unified.jobinterviewstages.JobInterviewStageFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A job's interview stages against a WireMock Ashby with several interview plans: a plan served on
 * an earlier page is never asked for again, and the last page says so.
 */
class AshbyJobInterviewStagesTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-jobs-0123456789");
    static final String JOB = "11111111-1111-4111-8111-111111111111";
    static final JobInterviewStageFilter OF_JOB = new JobInterviewStageFilter(JOB);

    AshbyJobInterviewStages stages;

    @BeforeEach
    void setUp() {
        AshbyClient client = AshbyTestClients.singleAttempt(ashby.baseUrl());
        stages = new AshbyJobInterviewStages(
                client, new AshbyJobs(client, new JobMapperImpl()), new JobInterviewStageMapperImpl());
    }

    @Test
    void stagesOfSeveralPlansArePagedWithoutAskingAgainForAPlanAlreadyServed() {
        stubJob("\"p1\", \"p2\", \"p3\"");
        stubStages("p1", "s1", "s2", "s3");
        stubStages("p2", "s4", "s5");
        stubStages("p3");

        List<List<String>> pages = Pages.ids(2, page -> stages.list(TENANT, OF_JOB, page), JobInterviewStage::id);

        assertThat(pages).containsExactly(List.of("s1", "s2"), List.of("s3", "s4"), List.of("s5"));
        for (String plan : List.of("p1", "p2", "p3")) {
            ashby.verify(
                    plan.equals("p3") ? 1 : 2,
                    postRequestedFor(urlEqualTo("/interviewStage.list"))
                            .withRequestBody(matchingJsonPath("$.interviewPlanId", equalTo(plan))));
        }
    }

    @Test
    void aPageEndingWithTheLastStageSaysSoEvenWhenEmptyPlansFollow() {
        stubJob("\"p1\", \"p2\", \"p3\"");
        stubStages("p1", "s1", "s2");
        stubStages("p2", "s3");
        stubStages("p3");

        Page<JobInterviewStage> page =
                stages.list(TENANT, OF_JOB, new PageRequest(3, null, false)).block();

        assertThat(page.records()).extracting(JobInterviewStage::id).containsExactly("s1", "s2", "s3");
        assertThat(page.nextPosition()).isNull();
    }

    @Test
    void anUnknownJobIsNotFound() {
        assertThatThrownBy(() -> stages.list(
                                TENANT, new JobInterviewStageFilter("not-a-job"), new PageRequest(3, null, false))
                        .block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.NOT_FOUND));
        ashby.verify(0, postRequestedFor(urlEqualTo("/job.info")));
    }

    private void stubJob(String planIds) {
        ashby.stubFor(post("/job.info").willReturn(okJson("""
                {"success": true, "results": {"id": "%s", "title": "Chef", "interviewPlanIds": [%s]}}""".formatted(JOB, planIds))));
    }

    private void stubStages(String plan, String... ids) {
        List<String> results = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            results.add("""
                    {"id": "%s", "title": "Stage %s", "type": "Active",
                     "orderInInterviewPlan": %d, "interviewPlanId": "%s"}""".formatted(ids[i], ids[i], i, plan));
        }
        ashby.stubFor(post("/interviewStage.list")
                .withRequestBody(matchingJsonPath("$.interviewPlanId", equalTo(plan)))
                .willReturn(okJson("{\"success\": true, \"results\": [" + String.join(",", results)
                        + "], \"moreDataAvailable\": false}")));
    }
}
