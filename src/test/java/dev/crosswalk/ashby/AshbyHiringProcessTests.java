package dev.crosswalk.ashby;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crosswalk.ashby.mapping.ApplicationMapperImpl;
import dev.crosswalk.ashby.mapping.InterviewMapperImpl;
import dev.crosswalk.ashby.mapping.OfferMapperImpl;
import dev.crosswalk.ashby.mapping.RejectReasonMapperImpl;
import dev.crosswalk.ashby.mapping.ScorecardMapperImpl;
import dev.crosswalk.tenant.Secret;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.applications.Application;
import dev.crosswalk.unified.applications.ApplicationFilter;
import dev.crosswalk.unified.interviews.Interview;
import dev.crosswalk.unified.interviews.InterviewFilter;
import dev.crosswalk.unified.offers.OfferFilter;
import dev.crosswalk.unified.rejectreasons.RejectReason;
import dev.crosswalk.unified.scorecards.Scorecard;
import dev.crosswalk.unified.scorecards.ScorecardFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hiring-process connector against a WireMock Ashby: what each filter becomes on the wire, and
 * how the listings Ashby does not page the unified way (events inside schedules, a candidate's
 * applications, unpaged archive reasons, forms read per page) are paged without loss or repeats.
 */
class AshbyHiringProcessTests {

    static final WireMockServer ashby = new WireMockServer(options().dynamicPort());
    static final TenantContext TENANT =
            new TenantContext(UUID.randomUUID(), "Tenant", Secret.of("ashby-key-0123456789"));
    static final String CANDIDATE = "10000000-0000-4000-8000-000000000001";
    static final String APP_1 = "20000000-0000-4000-8000-000000000001";
    static final String APP_2 = "20000000-0000-4000-8000-000000000002";
    static final String APP_3 = "20000000-0000-4000-8000-000000000003";
    static final String FORM = "30000000-0000-4000-8000-000000000001";
    static final String OTHER_FORM = "30000000-0000-4000-8000-000000000002";

    AshbyHiringProcess hiringProcess;

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
        hiringProcess = new AshbyHiringProcess(
                client,
                new ApplicationMapperImpl(),
                new InterviewMapperImpl(),
                new OfferMapperImpl(),
                new ScorecardMapperImpl(),
                new RejectReasonMapperImpl());
    }

    // ---- interviews ------------------------------------------------------------------------------

    @Test
    void interviewPagesEndInsideASchedulePickUpThereAndFollowAshbysCursor() {
        stubSchedules(null, true, "p2", schedule("s1", "e1", "e2"), schedule("s2", "e3", "e4"));
        stubSchedules("p2", false, null, schedule("s3"), schedule("s4", "e5"));

        List<List<String>> pages = interviewPages(new InterviewFilter(null, null, null), 3);

        assertThat(pages).containsExactly(List.of("e1", "e2", "e3"), List.of("e4"), List.of("e5"));
        ashby.verify(
                2,
                postRequestedFor(urlEqualTo("/interviewSchedule.list")).withRequestBody(equalToJson("{\"limit\": 3}")));
        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/interviewSchedule.list"))
                        .withRequestBody(equalToJson("{\"limit\": 3, \"cursor\": \"p2\"}")));
    }

    @Test
    void theAshbyPageSizeStaysWhenTheClientChangesLimitMidway() {
        stubSchedules(null, false, null, schedule("s1", "e1", "e2", "e3"), schedule("s2", "e4"));

        Page<Interview> first = hiringProcess
                .listInterviews(TENANT, new InterviewFilter(null, null, null), new PageRequest(2, null, false))
                .block();
        Page<Interview> rest = hiringProcess
                .listInterviews(
                        TENANT, new InterviewFilter(null, null, null), new PageRequest(50, first.nextPosition(), false))
                .block();

        assertThat(first.records()).extracting(Interview::id).containsExactly("e1", "e2");
        assertThat(rest.records()).extracting(Interview::id).containsExactly("e3", "e4");
        assertThat(rest.nextPosition()).isNull();
        ashby.verify(
                0,
                postRequestedFor(urlEqualTo("/interviewSchedule.list"))
                        .withRequestBody(matchingJsonPath("$.limit", equalTo("50"))));
    }

    @Test
    void ashbyPagesWithoutBookedEventsAreReadPastRatherThanServedEmpty() {
        stubSchedules(null, true, "p2", schedule("s1"), schedule("s2"));
        stubSchedules("p2", false, null, schedule("s3", "e1"));

        Page<Interview> page = hiringProcess
                .listInterviews(TENANT, new InterviewFilter(null, null, null), new PageRequest(5, null, false))
                .block();

        assertThat(page.records()).extracting(Interview::id).containsExactly("e1");
        assertThat(page.nextPosition()).isNull();
    }

    @Test
    void interviewFiltersBecomeAshbyParameters() {
        stubSchedules(null, false, null);

        hiringProcess
                .listInterviews(
                        TENANT,
                        new InterviewFilter(Instant.parse("2024-01-31T00:00:00Z"), APP_1, APP_2),
                        new PageRequest(10, null, false))
                .block();

        ashby.verify(postRequestedFor(urlEqualTo("/interviewSchedule.list"))
                .withRequestBody(equalToJson("{\"limit\": 10, \"createdAfter\": 1706659200000, \"applicationId\": \""
                        + APP_1 + "\", \"interviewStageId\": \"" + APP_2 + "\"}")));
    }

    @Test
    void anInterviewIsFoundByItsEventIdAcrossSchedulePages() {
        String event = "40000000-0000-4000-8000-000000000002";
        stubSchedules(null, true, "p2", schedule("s1", "40000000-0000-4000-8000-000000000001"));
        stubSchedules("p2", false, null, schedule("s2", event));

        Interview interview = hiringProcess.getInterview(TENANT, event, true).block();

        assertThat(interview.id()).isEqualTo(event);
        assertThat(interview.application().id()).isEqualTo("app-of-s2");
        assertThatThrownBy(() -> hiringProcess
                        .getInterview(TENANT, "40000000-0000-4000-8000-000000000009", false)
                        .block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.NOT_FOUND));
        ashby.verify(postRequestedFor(urlEqualTo("/interviewSchedule.list"))
                .withRequestBody(equalToJson("{\"limit\": 100}")));
    }

    // ---- applications ----------------------------------------------------------------------------

    @Test
    void applicationFiltersBecomeAshbyParameters() {
        ashby.stubFor(post("/application.list").willReturn(okJson("""
                {"success": true, "results": [{"id": "a-1", "status": "Archived"}], "moreDataAvailable": true, "nextCursor": "n1"}""")));

        Page<Application> page = hiringProcess
                .listApplications(
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

        Page<Application> first = hiringProcess
                .listApplications(TENANT, filter, new PageRequest(2, null, false))
                .block();
        Page<Application> second = hiringProcess
                .listApplications(TENANT, filter, new PageRequest(2, first.nextPosition(), false))
                .block();
        Page<Application> archived = hiringProcess
                .listApplications(
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

        Page<Application> page = hiringProcess
                .listApplications(
                        TENANT, new ApplicationFilter(null, null, null, CANDIDATE), new PageRequest(10, null, false))
                .block();
        Page<Application> malformed = hiringProcess
                .listApplications(
                        TENANT, new ApplicationFilter(null, null, null, "nope"), new PageRequest(10, null, false))
                .block();

        assertThat(page.records()).isEmpty();
        assertThat(page.nextPosition()).isNull();
        assertThat(malformed.records()).isEmpty();
    }

    // ---- offers, scorecards, reject reasons ------------------------------------------------------

    @Test
    void aDraftOfferFilterAsksAshbyForBothDraftStatuses() {
        ashby.stubFor(post("/offer.list")
                .willReturn(okJson("{\"success\": true, \"results\": [], \"moreDataAvailable\": false}")));

        hiringProcess
                .listOffers(TENANT, new OfferFilter(null, APP_1, "draft"), new PageRequest(5, null, false))
                .block();

        ashby.verify(postRequestedFor(urlEqualTo("/offer.list"))
                .withRequestBody(equalToJson("{\"limit\": 5, \"applicationId\": \"" + APP_1
                        + "\", \"offerStatus\": [\"WaitingOnApprovalDefinition\", \"WaitingOnApprovalStart\"]}")));
    }

    @Test
    void feedbackWithoutItsFormIsLabelledFromFormsReadOncePerPage() {
        ashby.stubFor(post("/applicationFeedback.list").willReturn(okJson("""
                {"success": true, "moreDataAvailable": false, "results": [
                  {"id": "f-1", "feedbackFormDefinitionId": "%1$s", "submittedValues": {"score": "4"}},
                  {"id": "f-2", "feedbackFormDefinitionId": "%1$s", "submittedValues": {"score": "2"}},
                  {"id": "f-3", "feedbackFormDefinitionId": "%2$s", "submittedValues": {"score": "1"}}]}""".formatted(FORM, OTHER_FORM))));
        ashby.stubFor(post("/feedbackFormDefinition.info")
                .withRequestBody(matchingJsonPath("$.feedbackFormDefinitionId", equalTo(FORM)))
                .willReturn(okJson("""
                        {"success": true, "results": {"id": "%s", "title": "Screen", "formDefinition": {"sections": [{"fields": [
                          {"isRequired": true, "field": {"id": "x", "type": "Score", "path": "score", "title": "Overall recommendation"}}]}]}}}""".formatted(FORM))));
        ashby.stubFor(post("/feedbackFormDefinition.info")
                .withRequestBody(matchingJsonPath("$.feedbackFormDefinitionId", equalTo(OTHER_FORM)))
                .willReturn(okJson("{\"success\": false, \"errors\": [\"feedback_form_definition_not_found\"]}")));

        Page<Scorecard> page = hiringProcess
                .listScorecards(TENANT, new ScorecardFilter(null, APP_1), new PageRequest(10, null, false))
                .block();

        assertThat(page.records())
                .extracting(scorecard -> scorecard.formValues().get(0).label())
                .containsExactly("Overall recommendation", "Overall recommendation", null);
        assertThat(page.records().get(0).overallRecommendation().toString()).isEqualTo("\"4\"");
        ashby.verify(
                1,
                postRequestedFor(urlEqualTo("/feedbackFormDefinition.info"))
                        .withRequestBody(equalToJson("{\"feedbackFormDefinitionId\": \"" + FORM + "\"}")));
        ashby.verify(postRequestedFor(urlEqualTo("/applicationFeedback.list"))
                .withRequestBody(equalToJson("{\"limit\": 10, \"applicationId\": \"" + APP_1 + "\"}")));
    }

    @Test
    void archiveReasonsArePagedByTheGateway() {
        ashby.stubFor(post("/archiveReason.list").willReturn(okJson("""
                {"success": true, "results": [
                  {"id": "r-1", "text": "One", "reasonType": "RejectedByOrg", "isArchived": false},
                  {"id": "r-2", "text": "Two", "reasonType": "Other", "isArchived": false},
                  {"id": "r-3", "text": "Three", "reasonType": "RejectedByCandidate", "isArchived": true}]}""")));

        List<List<String>> pages = new ArrayList<>();
        String position = null;
        do {
            Page<RejectReason> page = hiringProcess
                    .listRejectReasons(TENANT, true, new PageRequest(2, position, false))
                    .block();
            pages.add(page.records().stream().map(RejectReason::id).toList());
            position = page.nextPosition();
        } while (position != null);

        assertThat(pages).containsExactly(List.of("r-1", "r-2"), List.of("r-3"));
        ashby.verify(postRequestedFor(urlEqualTo("/archiveReason.list"))
                .withRequestBody(equalToJson("{\"includeArchived\": true}")));
        assertThatThrownBy(() -> hiringProcess
                        .listRejectReasons(TENANT, true, new PageRequest(2, "not-an-offset", false))
                        .block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CURSOR));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private List<List<String>> interviewPages(InterviewFilter filter, int limit) {
        List<List<String>> pages = new ArrayList<>();
        String position = null;
        do {
            Page<Interview> page = hiringProcess
                    .listInterviews(TENANT, filter, new PageRequest(limit, position, false))
                    .block();
            assertThat(page.records()).hasSizeLessThanOrEqualTo(limit);
            pages.add(page.records().stream().map(Interview::id).toList());
            position = page.nextPosition();
        } while (position != null);
        return pages;
    }

    private static void stubSchedules(String cursor, boolean more, String nextCursor, String... schedules) {
        String body = "{\"success\": true, \"results\": [" + String.join(",", schedules) + "], \"moreDataAvailable\": "
                + more + (nextCursor == null ? "" : ", \"nextCursor\": \"" + nextCursor + "\"") + "}";
        ashby.stubFor(post("/interviewSchedule.list")
                .withRequestBody(
                        cursor == null
                                ? matchingJsonPath("$.cursor", absent())
                                : matchingJsonPath("$.cursor", equalTo(cursor)))
                .willReturn(okJson(body)));
    }

    private static String schedule(String id, String... events) {
        List<String> eventJson = new ArrayList<>();
        for (String event : events) {
            eventJson.add("{\"id\": \"" + event + "\", \"interviewScheduleId\": \"" + id
                    + "\", \"interviewerUserIds\": [\"u-1\"],"
                    + " \"startTime\": \"2026-09-08T16:00:00.000Z\", \"endTime\": \"2026-09-08T17:00:00.000Z\"}");
        }
        return "{\"id\": \"" + id + "\", \"status\": \"Scheduled\", \"applicationId\": \"app-of-" + id
                + "\", \"interviewStageId\": \"st-1\"," + " \"interviewEvents\": [" + String.join(",", eventJson)
                + "]}";
    }

    private static void stubApplication(String id, String status) {
        ashby.stubFor(post("/application.info")
                .withRequestBody(matchingJsonPath("$.applicationId", equalTo(id)))
                .willReturn(okJson(
                        "{\"success\": true, \"results\": {\"id\": \"" + id + "\", \"status\": \"" + status + "\"}}")));
    }
}
