package dev.crosswalk.sandbox;

import static dev.crosswalk.support.Sandbox.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Sandbox;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Ashby's transport and paging rules as a client meets them: auth, permissions, envelopes, cursors, sync tokens, filters. */
@SandboxIntegrationTest
class SandboxProtocolIntegrationTests {

    private static final String DEMO = "sandbox-demo-key";
    private static final String READ_ONLY = "sandbox-readonly-key";
    private static final String OTHER = "sandbox-other-key";

    @LocalServerPort
    int port;

    private Sandbox client;

    @BeforeEach
    void client() {
        client = new Sandbox(port);
    }

    // ---- authentication and permissions ------------------------------------------------------------

    @Test
    void callsWithoutBasicCredentialsAre401() {
        Sandbox.Answer none = client.call(null, "candidate.list", body());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw().headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertThat(none.json().path("success").asBoolean(true)).isFalse();

        Sandbox.Answer bearer = client.send(HttpRequest.newBuilder(client.uri("candidate.list"))
                .header("Authorization", "Bearer " + DEMO)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertThat(bearer.status()).isEqualTo(401);
    }

    @Test
    void unknownAndDeactivatedKeysAre403() {
        assertThat(client.call("no-such-key", "candidate.list", body()).status())
                .isEqualTo(403);
        Sandbox.Answer deactivated = client.call("sandbox-deactivated-key", "candidate.list", body());
        assertThat(deactivated.status()).isEqualTo(403);
        assertThat(deactivated.errorCode()).isEqualTo("invalid_api_key");
    }

    @Test
    void aKeyWithoutTheModulePermissionGetsMissingEndpointPermission() {
        assertThat(client.call(READ_ONLY, "candidate.list", body()).status()).isEqualTo(200);
        for (String method : List.of("offer.list", "user.list", "candidate.create", "apiKey.info")) {
            Sandbox.Answer answer = client.call(READ_ONLY, method, body("name", "x"));
            assertThat(answer.status()).as(method).isEqualTo(403);
            JsonNode json = answer.json();
            assertThat(json.path("success").asBoolean(true)).isFalse();
            assertThat(json.path("errors").get(0).asString()).isEqualTo("missing_endpoint_permission");
            assertThat(json.at("/errorInfo/code").asString()).isEqualTo("missing_endpoint_permission");
            assertThat(json.at("/errorInfo/requestId").asString()).isNotBlank();
        }
    }

    @Test
    void apiKeyInfoReportsTheKeysScopes() {
        JsonNode info = client.call(DEMO, "apiKey.info", body()).results();
        assertThat(info.path("title").asString()).isEqualTo("Sandbox demo key");
        List<String> scopes = new ArrayList<>();
        info.path("scopes").forEach(scope -> scopes.add(scope.asString()));
        assertThat(scopes).contains("candidates:read", "candidates:write", "offers:read");
    }

    @Test
    void answersCarryAshbyVersionHeaders() {
        Sandbox.Answer answer = client.call(DEMO, "source.list", body());
        assertThat(answer.raw().headers().firstValue("Ashby-Version")).hasValue("2026-01-01");
        assertThat(answer.raw().headers().firstValue("Ashby-Version-Status")).isPresent();
        assertThat(answer.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    // ---- tenant isolation and confidential jobs ----------------------------------------------------------

    @Test
    void differentKeysSeeDifferentOrganisations() {
        Set<String> demo = ids(allPages(DEMO, "candidate.list", body()));
        Set<String> other = ids(allPages(OTHER, "candidate.list", body()));
        assertThat(demo).isNotEmpty();
        assertThat(other).isNotEmpty().doesNotContainAnyElementsOf(demo);
        String demoCandidate = demo.iterator().next();
        assertThat(client.call(OTHER, "candidate.info", body("id", demoCandidate))
                        .errorCode())
                .isEqualTo("candidate_not_found");
    }

    @Test
    void aKeyBarredFromConfidentialJobsDoesNotSeeThem() {
        List<JsonNode> all = allPages(DEMO, "job.list", body("status", List.of("Open", "Closed", "Archived", "Draft")));
        List<JsonNode> confidential =
                all.stream().filter(job -> job.path("confidential").asBoolean()).toList();
        assertThat(confidential).isNotEmpty();
        Set<String> visible =
                ids(allPages(READ_ONLY, "job.list", body("status", List.of("Open", "Closed", "Archived", "Draft"))));
        assertThat(visible).hasSize(all.size() - confidential.size());
        String secret = confidential.get(0).path("id").asString();
        assertThat(client.call(READ_ONLY, "job.info", body("id", secret)).errorCode())
                .isEqualTo("job_not_found");
        assertThat(allPages(READ_ONLY, "application.list", body()))
                .noneMatch(application -> application.at("/job/id").asString().equals(secret));
    }

    // ---- envelopes and pagination --------------------------------------------------------------------

    @Test
    void smallPagesVisitEveryRecordExactlyOnce() {
        List<String> seen = new ArrayList<>();
        ObjectNode request = body("limit", 7);
        int pages = 0;
        while (true) {
            JsonNode page = client.call(OTHER, "candidate.list", request).json();
            pages++;
            assertThat(page.path("success").asBoolean()).isTrue();
            page.path("results")
                    .forEach(candidate -> seen.add(candidate.path("id").asString()));
            if (!page.path("moreDataAvailable").asBoolean()) {
                assertThat(page.has("nextCursor")).isFalse();
                assertThat(page.path("syncToken").asString()).isNotBlank();
                break;
            }
            assertThat(page.path("results")).hasSize(7);
            assertThat(page.has("syncToken")).isFalse();
            request = body("limit", 7, "cursor", page.path("nextCursor").asString());
        }
        assertThat(seen).hasSize(250).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(36);
    }

    @Test
    void listsAreOrderedByCreationSoCreatedAfterResumesThere() {
        List<JsonNode> all = allPages(OTHER, "application.list", body());
        List<Instant> created = all.stream()
                .map(a -> Instant.parse(a.path("createdAt").asString()))
                .toList();
        assertThat(created).isSorted();
        long after = created.get(19).toEpochMilli();
        List<JsonNode> later = allPages(OTHER, "application.list", body("createdAfter", after));
        assertThat(later)
                .isNotEmpty()
                .allSatisfy(application -> assertThat(
                                Instant.parse(application.path("createdAt").asString())
                                        .toEpochMilli())
                        .isGreaterThan(after));
        assertThat(later.size())
                .isEqualTo(
                        created.stream().filter(at -> at.toEpochMilli() > after).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "2.5", "-1", "\"10\""})
    void limitOutsideOneToHundredIsInvalidInput(String limit) {
        Sandbox.Answer answer = client.call(DEMO, "candidate.list", "{\"limit\":" + limit + "}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errorCode()).isEqualTo("invalid_input");
        assertThat(answer.json().path("errors").get(0).asString()).isEqualTo("invalid_input");
    }

    @Test
    void cursorsThatWereNotIssuedForThisListAreInvalid() {
        String cursor = client.call(OTHER, "candidate.list", body("limit", 5))
                .json()
                .path("nextCursor")
                .asString();
        String tampered = (cursor.charAt(3) == 'A' ? "B" : "A");
        tampered = cursor.substring(0, 3) + tampered + cursor.substring(4);
        assertThat(client.call(OTHER, "candidate.list", body("cursor", tampered))
                        .errorCode())
                .isEqualTo("invalid_next_cursor");
        assertThat(client.call(OTHER, "application.list", body("cursor", cursor))
                        .errorCode())
                .isEqualTo("invalid_next_cursor");
        assertThat(client.call(DEMO, "candidate.list", body("cursor", cursor)).errorCode())
                .isEqualTo("invalid_next_cursor");
        assertThat(client.call(OTHER, "candidate.list", body("cursor", "not a cursor!"))
                        .errorCode())
                .isEqualTo("invalid_next_cursor");
        assertThat(client.call(OTHER, "candidate.list", body("cursor", cursor))
                        .json()
                        .path("success")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void replayingASyncTokenListsOnlyWhatChangedSince() {
        String token =
                lastPage(DEMO, "candidate.list", body()).path("syncToken").asString();
        JsonNode unchanged =
                client.call(DEMO, "candidate.list", body("syncToken", token)).json();
        assertThat(unchanged.path("results")).isEmpty();
        assertThat(unchanged.path("moreDataAvailable").asBoolean()).isFalse();
        String next = unchanged.path("syncToken").asString();
        assertThat(next).isNotBlank();

        String candidateId = client.call(DEMO, "candidate.list", body("limit", 3))
                .results()
                .get(2)
                .path("id")
                .asString();
        client.call(
                DEMO, "candidate.update", body("candidateId", candidateId, "githubUrl", "https://github.com/synced"));
        JsonNode changed =
                client.call(DEMO, "candidate.list", body("syncToken", next)).json();
        assertThat(ids(changed.path("results"))).containsExactly(candidateId);

        assertThat(client.call(DEMO, "candidate.list", body("syncToken", "garbage"))
                        .errorCode())
                .isEqualTo("sync_token_invalid");
    }

    @Test
    void applicationFiltersAreAndedAndEveryStatusExists() {
        Set<String> statuses = new HashSet<>();
        allPages(DEMO, "application.list", body())
                .forEach(a -> statuses.add(a.path("status").asString()));
        assertThat(statuses).contains("Active", "Archived", "Hired", "Lead");

        List<JsonNode> archived = allPages(DEMO, "application.list", body("status", "Archived"));
        assertThat(archived).isNotEmpty().allSatisfy(a -> {
            assertThat(a.path("status").asString()).isEqualTo("Archived");
            assertThat(a.at("/currentInterviewStage/type").asString()).isEqualTo("Archived");
            assertThat(a.has("archiveReason")).isTrue();
            assertThat(a.has("archivedAt")).isTrue();
        });
        String jobId = archived.get(0).at("/job/id").asString();
        List<JsonNode> ofJob = allPages(DEMO, "application.list", body("jobId", jobId, "status", "Archived"));
        assertThat(ofJob).isNotEmpty().allSatisfy(a -> {
            assertThat(a.at("/job/id").asString()).isEqualTo(jobId);
            assertThat(a.path("status").asString()).isEqualTo("Archived");
        });
    }

    @Test
    void candidateSearchAndsEmailWithName() {
        JsonNode candidate =
                client.call(DEMO, "candidate.list", body("limit", 1)).results().get(0);
        String email = candidate.at("/primaryEmailAddress/value").asString();
        String name = candidate.path("name").asString();
        assertThat(ids(client.call(DEMO, "candidate.search", body("email", email))
                        .results()))
                .contains(candidate.path("id").asString());
        assertThat(client.call(DEMO, "candidate.search", body("name", name.split(" ")[0]))
                        .results())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("name").asString()).contains(name.split(" ")[0]));
        assertThat(client.call(DEMO, "candidate.search", body("email", email, "name", "Nobody Atall"))
                        .results())
                .isEmpty();
        assertThat(client.call(DEMO, "candidate.search", body()).errorCode()).isEqualTo("invalid_input");
    }

    @Test
    void unpagedListsComeWhole() {
        JsonNode sources = client.call(DEMO, "source.list", body()).json();
        assertThat(sources.path("moreDataAvailable").asBoolean(true)).isFalse();
        assertThat(sources.has("nextCursor")).isFalse();
        int active = client.call(DEMO, "archiveReason.list", body()).results().size();
        int all = client.call(DEMO, "archiveReason.list", body("includeArchived", true))
                .results()
                .size();
        assertThat(all).isGreaterThan(active);
    }

    @Test
    void interviewPlansHaveOrderedStagesEndingInArchived() {
        JsonNode job = client.call(DEMO, "job.list", body("limit", 1)).results().get(0);
        JsonNode stages = client.call(
                        DEMO,
                        "interviewStage.list",
                        body(
                                "interviewPlanId",
                                job.path("defaultInterviewPlanId").asString()))
                .results();
        List<Integer> order = new ArrayList<>();
        List<String> types = new ArrayList<>();
        stages.forEach(stage -> {
            order.add(stage.path("orderInInterviewPlan").asInt());
            types.add(stage.path("type").asString());
        });
        assertThat(order).isSorted().doesNotHaveDuplicates();
        assertThat(types)
                .contains("Lead", "PreInterviewScreen", "Active", "Offer", "Hired")
                .endsWith("Archived");
    }

    @Test
    void draftJobsOnlyWhenAskedFor() {
        assertThat(allPages(DEMO, "job.list", body()))
                .noneMatch(job -> job.path("status").asString().equals("Draft"));
        assertThat(allPages(DEMO, "job.list", body("status", List.of("Draft"))))
                .isNotEmpty()
                .allMatch(job -> job.path("status").asString().equals("Draft"));
    }

    @Test
    void badRequestsAreAshbyErrorsNeverServerErrors() {
        Sandbox.Answer notFound =
                client.call(DEMO, "candidate.info", body("id", "00000000-0000-4000-8000-000000000000"));
        assertThat(notFound.status()).isEqualTo(200);
        assertThat(notFound.errorCode()).isEqualTo("candidate_not_found");
        assertThat(notFound.json().path("errors").get(0).asString()).isEqualTo("candidate_not_found");

        assertThat(client.call(DEMO, "candidate.list", "{not json").errorCode()).isEqualTo("invalid_input");
        assertThat(client.call(DEMO, "candidate.list", "[1,2]").errorCode()).isEqualTo("invalid_input");
        assertThat(client.call(DEMO, "candidate.info", body("id", "not-a-uuid")).errorCode())
                .isEqualTo("invalid_input");

        Sandbox.Answer unknown = client.call(DEMO, "departement.list", body());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("success").asBoolean(true)).isFalse();

        Sandbox.Answer get = client.send(HttpRequest.newBuilder(client.uri("candidate.list"))
                .header("Authorization", AshbyStub.basic(DEMO))
                .GET()
                .build());
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(get.json().path("success").asBoolean(true)).isFalse();

        Sandbox.Answer nested = client.call(DEMO, "candidate/list", body());
        assertThat(nested.status()).isEqualTo(404);
        assertThat(nested.json().path("success").asBoolean(true)).isFalse();
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private List<JsonNode> allPages(String key, String method, ObjectNode first) {
        List<JsonNode> all = new ArrayList<>();
        ObjectNode request = first.deepCopy();
        while (true) {
            JsonNode page = client.call(key, method, request).json();
            assertThat(page.path("success").asBoolean()).as(page.toString()).isTrue();
            page.path("results").forEach(all::add);
            if (!page.path("moreDataAvailable").asBoolean()) {
                return all;
            }
            request = first.deepCopy();
            request.put("cursor", page.path("nextCursor").asString());
        }
    }

    private JsonNode lastPage(String key, String method, ObjectNode first) {
        ObjectNode request = first.deepCopy();
        while (true) {
            JsonNode page = client.call(key, method, request).json();
            if (!page.path("moreDataAvailable").asBoolean()) {
                return page;
            }
            request = first.deepCopy();
            request.put("cursor", page.path("nextCursor").asString());
        }
    }

    private static Set<String> ids(Iterable<JsonNode> records) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        records.forEach(record -> ids.add(record.path("id").asString()));
        return ids;
    }
}
