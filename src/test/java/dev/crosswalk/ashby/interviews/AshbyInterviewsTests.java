package dev.crosswalk.ashby.interviews;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.ashby.AshbyTestClients;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Pages;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.interviews.Interview;
import dev.crosswalk.unified.interviews.InterviewFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Interviews against a WireMock Ashby: events inside schedules are paged without loss or repeats,
 * filters become Ashby's parameters, and one event is found by searching the schedules.
 */
class AshbyInterviewsTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-0123456789");
    static final String APP_1 = "20000000-0000-4000-8000-000000000001";
    static final String APP_2 = "20000000-0000-4000-8000-000000000002";
    static final InterviewFilter EVERY = new InterviewFilter(null, null, null);

    AshbyInterviews interviews;

    @BeforeEach
    void setUp() {
        interviews = new AshbyInterviews(AshbyTestClients.singleAttempt(ashby.baseUrl()), new InterviewMapperImpl());
    }

    @Test
    void interviewPagesEndInsideASchedulePickUpThereAndFollowAshbysCursor() {
        stubSchedules(null, true, "p2", schedule("s1", "e1", "e2"), schedule("s2", "e3", "e4"));
        stubSchedules("p2", false, null, schedule("s3"), schedule("s4", "e5"));

        List<List<String>> pages = Pages.ids(3, page -> interviews.list(TENANT, EVERY, page), Interview::id);

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

        Page<Interview> first =
                interviews.list(TENANT, EVERY, new PageRequest(2, null, false)).block();
        Page<Interview> rest = interviews
                .list(TENANT, EVERY, new PageRequest(50, first.nextPosition(), false))
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

        Page<Interview> page =
                interviews.list(TENANT, EVERY, new PageRequest(5, null, false)).block();

        assertThat(page.records()).extracting(Interview::id).containsExactly("e1");
        assertThat(page.nextPosition()).isNull();
    }

    @Test
    void interviewFiltersBecomeAshbyParameters() {
        stubSchedules(null, false, null);

        interviews
                .list(
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

        Interview interview = interviews.get(TENANT, event, true).block();

        assertThat(interview.id()).isEqualTo(event);
        assertThat(interview.application().id()).isEqualTo("app-of-s2");
        assertThatThrownBy(() -> interviews
                        .get(TENANT, "40000000-0000-4000-8000-000000000009", false)
                        .block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.NOT_FOUND));
        ashby.verify(postRequestedFor(urlEqualTo("/interviewSchedule.list"))
                .withRequestBody(equalToJson("{\"limit\": 100}")));
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
}
