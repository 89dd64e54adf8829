package dev.crosswalk.unified;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.Http;
import dev.crosswalk.support.Sandbox;
import dev.crosswalk.support.SandboxGatewayTest;
import dev.crosswalk.support.Tenants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The hiring-process resources (applications, interviews, offers, scorecards, reject reasons)
 * end to end against the built-in Ashby sandbox: every listing, traversed at an awkward page size,
 * returns exactly what the sandbox holds, once each; every filter narrows to what the sandbox
 * itself selects; unknown ids are 404; and a tenant sees only its own organisation.
 */
@SandboxGatewayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = {
            "crosswalk.rate-limit.enabled=false",
            "crosswalk.sandbox.keys.hiring-key-a.organisation=hiring-a",
            "crosswalk.sandbox.keys.hiring-key-a.seed=21",
            "crosswalk.sandbox.keys.hiring-key-a.candidates=40",
            "crosswalk.sandbox.keys.hiring-key-b.organisation=hiring-b",
            "crosswalk.sandbox.keys.hiring-key-b.seed=22",
            "crosswalk.sandbox.keys.hiring-key-b.candidates=8"
        })
class HiringProcessIntegrationTests {

    static final String KEY_A = "hiring-key-a";
    static final String KEY_B = "hiring-key-b";
    static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

    @LocalServerPort
    int port;

    Http http;
    Sandbox sandbox;
    String tokenA;
    String tokenB;

    @BeforeAll
    void onboardTwoOrganisations() {
        http = new Http(port);
        sandbox = new Sandbox(port);
        tokenA = Tenants.create(http, "Hiring A", KEY_A).token();
        tokenB = Tenants.create(http, "Hiring B", KEY_B).token();
    }

    @Test
    void applicationsATraversalAtAnAwkwardLimitReturnsEveryApplicationOnce() {
        List<JsonNode> unified = traverse(tokenA, "/unified/ats/applications", 7);

        assertThat(ids(unified)).containsExactlyElementsOf(ids(sandbox.all(KEY_A, "application.list", Map.of()), "id"));
        JsonNode first = unified.get(0);
        assertThat(first.path("candidate").path("id").asString()).isNotEmpty();
        assertThat(first.path("job").path("name").asString()).isNotEmpty();
        assertThat(first.path("current_stage").path("name").asString()).isNotEmpty();
        assertThat(first.path("applied_at").asString())
                .isEqualTo(first.path("created_at").asString());
        assertThat(first.has("remote_data")).isFalse();
        assertThat(unified)
                .extracting(record -> record.path("status").asString())
                .containsAnyOf("active", "archived", "hired");
    }

    @Test
    void applicationsFiltersNarrowToWhatAshbySelects() {
        List<JsonNode> all = sandbox.all(KEY_A, "application.list", Map.of());
        String jobId = all.get(0).path("job").path("id").asString();
        Instant median = Instant.parse(all.get(all.size() / 2).path("createdAt").asString());

        assertThat(ids(traverse(tokenA, "/unified/ats/applications?status=archived", 7)))
                .isNotEmpty()
                .containsExactlyElementsOf(
                        ids(sandbox.all(KEY_A, "application.list", Map.of("status", "Archived")), "id"));
        assertThat(ids(traverse(tokenA, "/unified/ats/applications?job_id=" + jobId, 7)))
                .isNotEmpty()
                .containsExactlyElementsOf(ids(
                        all.stream()
                                .filter(a -> a.path("job").path("id").asString().equals(jobId))
                                .toList(),
                        "id"));
        assertThat(ids(traverse(tokenA, "/unified/ats/applications?created_after=" + median, 7)))
                .isNotEmpty()
                .containsExactlyElementsOf(ids(
                        all.stream()
                                .filter(a -> Instant.parse(a.path("createdAt").asString())
                                        .isAfter(median))
                                .toList(),
                        "id"));
    }

    @Test
    void applicationsCandidateIdListsTheCandidatesApplicationsAndCombinesWithOtherFilters() {
        JsonNode candidate = sandbox.all(KEY_A, "candidate.list", Map.of()).stream()
                .filter(c -> c.path("applicationIds").size() >= 2)
                .findFirst()
                .orElseThrow();
        List<String> applicationIds = new ArrayList<>();
        candidate.path("applicationIds").forEach(id -> applicationIds.add(id.asString()));
        String candidateId = candidate.path("id").asString();

        List<JsonNode> unified = traverse(tokenA, "/unified/ats/applications?candidate_id=" + candidateId, 1);
        List<JsonNode> archived =
                traverse(tokenA, "/unified/ats/applications?status=archived&candidate_id=" + candidateId, 1);

        assertThat(ids(unified)).containsExactlyElementsOf(applicationIds);
        assertThat(unified)
                .allSatisfy(a ->
                        assertThat(a.path("candidate").path("id").asString()).isEqualTo(candidateId));
        assertThat(ids(archived))
                .containsExactlyElementsOf(ids(unified.stream()
                        .filter(a -> a.path("status").asString().equals("archived"))
                        .toList()));
        assertThat(traverse(tokenA, "/unified/ats/applications?candidate_id=" + UNKNOWN_ID, 10))
                .isEmpty();
    }

    @Test
    void applicationsGetAnswersTheListedRecordWithRemoteDataOnRequestAndUnknownIdsAre404() {
        JsonNode listed =
                page(tokenA, "/unified/ats/applications?limit=1").path("result").get(0);
        String id = listed.path("id").asString();

        Http.Response found = http.get("/unified/ats/applications/" + id + "?include_remote_data=true", tokenA);

        assertThat(found.status()).isEqualTo(200);
        JsonNode result = found.json().path("result");
        assertThat(result.path("status")).isEqualTo(listed.path("status"));
        assertThat(result.path("candidate")).isEqualTo(listed.path("candidate"));
        assertThat(result.path("remote_data").path("id").asString()).isEqualTo(id);
        assertThat(result.path("remote_data").has("applicationHistory"))
                .as("application.info as received")
                .isTrue();
        assertNotFound("/unified/ats/applications/" + UNKNOWN_ID, tokenA);
        assertNotFound("/unified/ats/applications/not-an-id", tokenA);
    }

    @Test
    void applicationsBadFiltersAre400NamingTheParameter() {
        assertBadParameter("/unified/ats/applications?status=rejected", "status");
        assertBadParameter("/unified/ats/applications?created_after=yesterday", "created_after");
        assertBadParameter("/unified/ats/applications?stage_id=x", "stage_id");
        assertBadParameter("/unified/ats/applications/" + UNKNOWN_ID + "?status=active", "status");
    }

    @Test
    void applicationsATenantSeesOnlyItsOwnOrganisation() {
        List<String> a = ids(traverse(tokenA, "/unified/ats/applications", 100));
        List<String> b = ids(traverse(tokenB, "/unified/ats/applications", 100));

        assertThat(b).isNotEmpty().doesNotContainAnyElementsOf(a);
        assertNotFound("/unified/ats/applications/" + a.get(0), tokenB);
    }

    @Test
    void interviewsATraversalReturnsEveryEventOnceAlsoWhenPagesEndInsideASchedule() {
        List<JsonNode> schedules = sandbox.all(KEY_A, "interviewSchedule.list", Map.of());
        assertThat(schedules)
                .as("the sandbox books schedules with several events")
                .anySatisfy(schedule ->
                        assertThat(schedule.path("interviewEvents").size()).isGreaterThan(1));
        List<String> events = eventIds(schedules, schedule -> true);

        for (int limit : new int[] {2, 7}) {
            assertThat(ids(traverse(tokenA, "/unified/ats/interviews", limit)))
                    .as("limit " + limit)
                    .containsExactlyElementsOf(events);
        }
    }

    @Test
    void interviewsAnInterviewCarriesItsScheduleAndEvent() {
        JsonNode schedule = sandbox.all(KEY_A, "interviewSchedule.list", Map.of()).stream()
                .filter(s -> !s.path("interviewEvents").isEmpty())
                .findFirst()
                .orElseThrow();
        JsonNode event = schedule.path("interviewEvents").get(0);

        Http.Response response = http.get(
                "/unified/ats/interviews/" + event.path("id").asString() + "?include_remote_data=true", tokenA);

        assertThat(response.status()).isEqualTo(200);
        JsonNode interview = response.json().path("result");
        assertThat(interview.path("application").path("id").asString())
                .isEqualTo(schedule.path("applicationId").asString());
        assertThat(interview.path("job_interview_stage").path("id").asString())
                .isEqualTo(schedule.path("interviewStageId").asString());
        assertThat(interview.path("organizer").path("id").asString())
                .isEqualTo(schedule.path("scheduledBy").path("id").asString());
        assertThat(interview.path("interviewers").get(0).path("id").asString())
                .isEqualTo(event.path("interviewerUserIds").get(0).asString());
        assertThat(Instant.parse(interview.path("start_at").asString()))
                .isEqualTo(Instant.parse(event.path("startTime").asString()));
        assertThat(interview.path("status").asString())
                .isIn("draft", "scheduled", "awaiting_feedback", "completed", "cancelled");
        assertThat(interview.path("remote_data").path("id").asString())
                .as("the schedule as received")
                .isEqualTo(schedule.path("id").asString());
        assertNotFound("/unified/ats/interviews/" + UNKNOWN_ID, tokenA);
    }

    @Test
    void interviewsFiltersNarrowToWhatAshbySelects() {
        List<JsonNode> schedules = sandbox.all(KEY_A, "interviewSchedule.list", Map.of());
        JsonNode booked = schedules.stream()
                .filter(s -> s.path("interviewEvents").size() > 1)
                .findFirst()
                .orElseThrow();
        String applicationId = booked.path("applicationId").asString();
        String stageId = booked.path("interviewStageId").asString();
        Instant median = Instant.parse(
                schedules.get(schedules.size() / 2).path("createdAt").asString());

        assertThat(ids(traverse(tokenA, "/unified/ats/interviews?application_id=" + applicationId, 1)))
                .isNotEmpty()
                .containsExactlyElementsOf(eventIds(
                        schedules, s -> s.path("applicationId").asString().equals(applicationId)));
        assertThat(ids(traverse(tokenA, "/unified/ats/interviews?job_interview_stage_id=" + stageId, 7)))
                .isNotEmpty()
                .containsExactlyElementsOf(eventIds(
                        schedules, s -> s.path("interviewStageId").asString().equals(stageId)));
        assertThat(ids(traverse(tokenA, "/unified/ats/interviews?created_after=" + median, 7)))
                .isNotEmpty()
                .containsExactlyElementsOf(eventIds(
                        schedules,
                        s -> Instant.parse(s.path("createdAt").asString()).isAfter(median)));
        assertThat(traverse(tokenA, "/unified/ats/interviews?application_id=" + UNKNOWN_ID, 7))
                .isEmpty();
    }

    @Test
    void interviewsATenantSeesOnlyItsOwnOrganisation() {
        List<String> a = ids(traverse(tokenA, "/unified/ats/interviews", 100));
        List<String> b = ids(traverse(tokenB, "/unified/ats/interviews", 100));

        assertThat(b).doesNotContainAnyElementsOf(a);
        assertNotFound("/unified/ats/interviews/" + a.get(0), tokenB);
    }

    @Test
    void offersATraversalAtAnAwkwardLimitReturnsEveryOfferOnce() {
        List<JsonNode> offers = sandbox.all(KEY_A, "offer.list", Map.of());

        List<JsonNode> unified = traverse(tokenA, "/unified/ats/offers", 7);

        assertThat(ids(unified)).isNotEmpty().containsExactlyElementsOf(ids(offers, "id"));
        assertThat(unified)
                .extracting(offer -> offer.path("status").asString())
                .containsAnyOf("draft", "approval_sent", "sent", "signed", "denied", "deprecated");
        assertThat(unified).allSatisfy(offer -> {
            assertThat(offer.path("application").path("id").asString()).isNotEmpty();
            assertThat(offer.path("creator").path("id").asString()).isNotEmpty();
            assertThat(offer.path("start_date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void offersFiltersNarrowToWhatAshbySelects() {
        List<JsonNode> offers = sandbox.all(KEY_A, "offer.list", Map.of());
        String applicationId = offers.get(0).path("applicationId").asString();

        assertThat(ids(traverse(tokenA, "/unified/ats/offers?status=draft", 3)))
                .containsExactlyElementsOf(ids(
                        sandbox.all(
                                KEY_A,
                                "offer.list",
                                Map.of(
                                        "offerStatus",
                                        List.of("WaitingOnApprovalStart", "WaitingOnApprovalDefinition"))),
                        "id"));
        assertThat(ids(traverse(tokenA, "/unified/ats/offers?status=SIGNED", 3)))
                .containsExactlyElementsOf(ids(
                        sandbox.all(KEY_A, "offer.list", Map.of("offerStatus", List.of("CandidateAccepted"))), "id"));
        assertThat(ids(traverse(tokenA, "/unified/ats/offers?application_id=" + applicationId, 3)))
                .isNotEmpty()
                .containsExactlyElementsOf(ids(
                        offers.stream()
                                .filter(o -> o.path("applicationId").asString().equals(applicationId))
                                .toList(),
                        "id"));
        // Ashby's offers carry no creation time; the sandbox creates an offer with its first version
        Instant after = Instant.parse(offers.get(offers.size() / 2)
                .path("latestVersion")
                .path("createdAt")
                .asString());
        assertThat(ids(traverse(tokenA, "/unified/ats/offers?created_after=" + after, 3)))
                .isNotEmpty()
                .containsExactlyElementsOf(
                        ids(sandbox.all(KEY_A, "offer.list", Map.of("createdAfter", after.toEpochMilli())), "id"));
        assertBadParameter("/unified/ats/offers?status=accepted", "status");
    }

    @Test
    void offersGetAnswersTheOfferAndUnknownIdsAre404() {
        JsonNode listed =
                page(tokenA, "/unified/ats/offers?limit=1").path("result").get(0);

        Http.Response found =
                http.get("/unified/ats/offers/" + listed.path("id").asString() + "?include_remote_data=true", tokenA);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("result").path("status")).isEqualTo(listed.path("status"));
        assertThat(found.json().path("result").path("remote_data").has("versions"))
                .as("offer.info as received")
                .isTrue();
        assertNotFound("/unified/ats/offers/" + UNKNOWN_ID, tokenA);
        assertNotFound("/unified/ats/offers/" + listed.path("id").asString(), tokenB);
    }

    @Test
    void scorecardsATraversalReturnsEveryScorecardOnceWithLabelledValues() {
        List<JsonNode> feedback = sandbox.all(KEY_A, "applicationFeedback.list", Map.of());

        List<JsonNode> unified = traverse(tokenA, "/unified/ats/scorecards", 7);

        assertThat(ids(unified)).isNotEmpty().containsExactlyElementsOf(ids(feedback, "id"));
        JsonNode first = unified.get(0);
        assertThat(first.path("interviewer").path("id").asString())
                .isEqualTo(feedback.get(0).path("submittedByUser").path("id").asString());
        assertThat(first.path("interview").path("id").asString())
                .isEqualTo(feedback.get(0).path("interviewEventId").asString());
        assertThat(first.path("overall_recommendation"))
                .isEqualTo(feedback.get(0).path("submittedValues").path("overall_recommendation"));
        assertThat(first.path("form_values"))
                .isNotEmpty()
                .allSatisfy(value -> assertThat(value.path("label").asString()).isNotEmpty());
    }

    @Test
    void scorecardsFiltersNarrowToWhatAshbySelects() {
        List<JsonNode> feedback = sandbox.all(KEY_A, "applicationFeedback.list", Map.of());
        String applicationId = feedback.get(0).path("applicationId").asString();
        Instant median = Instant.parse(
                feedback.get(feedback.size() / 2).path("submittedAt").asString());

        assertThat(ids(traverse(tokenA, "/unified/ats/scorecards?application_id=" + applicationId, 2)))
                .isNotEmpty()
                .containsExactlyElementsOf(ids(
                        feedback.stream()
                                .filter(f -> f.path("applicationId").asString().equals(applicationId))
                                .toList(),
                        "id"));
        assertThat(ids(traverse(tokenA, "/unified/ats/scorecards?created_after=" + median, 7)))
                .isNotEmpty()
                .containsExactlyElementsOf(ids(
                        sandbox.all(KEY_A, "applicationFeedback.list", Map.of("createdAfter", median.toEpochMilli())),
                        "id"));
        assertBadParameter("/unified/ats/scorecards?interviewer_id=x", "interviewer_id");
    }

    @Test
    void rejectReasonsTheUnpagedListIsPagedByTheGateway() {
        JsonNode active = sandbox.call(KEY_A, "archiveReason.list", Map.of()).succeeded();
        JsonNode everything = sandbox.call(KEY_A, "archiveReason.list", Map.of("includeArchived", true))
                .succeeded();

        List<JsonNode> unified = traverse(tokenA, "/unified/ats/reject_reasons", 3);
        List<JsonNode> withArchived = traverse(tokenA, "/unified/ats/reject_reasons?include_archived=true", 3);

        assertThat(ids(unified)).containsExactlyElementsOf(ids(list(active.path("results")), "id"));
        assertThat(ids(withArchived)).containsExactlyElementsOf(ids(list(everything.path("results")), "id"));
        assertThat(withArchived.size()).isGreaterThan(unified.size());
        assertThat(withArchived)
                .anySatisfy(reason ->
                        assertThat(reason.path("archived").asBoolean()).isTrue());
        assertThat(unified).allSatisfy(reason -> {
            assertThat(reason.path("archived").asBoolean()).isFalse();
            assertThat(reason.path("name").asString()).isNotEmpty();
            assertThat(reason.path("type").asString()).isIn("RejectedByCandidate", "RejectedByOrg", "Other");
        });
        assertBadParameter("/unified/ats/reject_reasons?include_archived=maybe", "include_archived");
    }

    @Test
    void rejectReasonsACursorOfOneListingIsRefusedByAnother() {
        String cursor = page(tokenA, "/unified/ats/reject_reasons?limit=2")
                .path("next_cursor")
                .asString();

        Http.Response other =
                http.get("/unified/ats/reject_reasons?include_archived=true&next_cursor=" + cursor, tokenA);
        Http.Response otherTenant = http.get("/unified/ats/reject_reasons?next_cursor=" + cursor, tokenB);

        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().path("code").asString()).isEqualTo("invalid_cursor");
        assertThat(otherTenant.status()).isEqualTo(400);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Follows next_cursor to the end; every page at most {@code limit} records, only the last without a cursor. */
    List<JsonNode> traverse(String token, String path, int limit) {
        List<JsonNode> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page =
                    page(token, path + separator + "limit=" + limit + (cursor == null ? "" : "&next_cursor=" + cursor));
            assertThat(page.path("result").size())
                    .isLessThanOrEqualTo(limit)
                    .isEqualTo(page.path("result_count").asInt());
            page.path("result").forEach(all::add);
            cursor = page.path("next_cursor").isNull()
                    ? null
                    : page.path("next_cursor").asString();
            assertThat(++pages).as("pages of " + path).isLessThan(1000);
        } while (cursor != null);
        Set<String> unique = new HashSet<>(ids(all));
        assertThat(unique).as("no record served twice").hasSize(all.size());
        return all;
    }

    JsonNode page(String token, String pathAndQuery) {
        Http.Response response = http.get(pathAndQuery, token);
        assertThat(response.status()).as(pathAndQuery + " → " + response.body()).isEqualTo(200);
        return response.json();
    }

    void assertNotFound(String path, String token) {
        Http.Response response = http.get(path, token);
        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asString()).isEqualTo("not_found");
    }

    void assertBadParameter(String path, String parameter) {
        Http.Response response = http.get(path, tokenA);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asString()).isEqualTo("invalid_request");
        assertThat(response.json().path("detail").asString()).contains("'" + parameter + "'");
    }

    static List<String> ids(List<JsonNode> records) {
        return ids(records, "id");
    }

    static List<String> ids(List<JsonNode> records, String field) {
        return records.stream().map(record -> record.path(field).asString()).toList();
    }

    static List<String> eventIds(List<JsonNode> schedules, Predicate<JsonNode> schedule) {
        List<String> ids = new ArrayList<>();
        schedules.stream()
                .filter(schedule)
                .forEach(s -> s.path("interviewEvents")
                        .forEach(event -> ids.add(event.path("id").asString())));
        return ids;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
