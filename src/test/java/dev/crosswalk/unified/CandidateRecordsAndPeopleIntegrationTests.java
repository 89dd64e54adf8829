package dev.crosswalk.unified;

import static dev.crosswalk.support.Listings.byId;
import static dev.crosswalk.support.Listings.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.Http;
import dev.crosswalk.support.Listings;
import dev.crosswalk.support.Sandbox;
import dev.crosswalk.support.SandboxGatewayTest;
import dev.crosswalk.support.Tenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Activities, attachments, users and tags end to end: a client of the gateway against the built-in
 * Ashby sandbox. Full traversals at awkward page sizes must return exactly what the sandbox holds
 * (asked directly, as Ashby), each filter must narrow the result, unknown ids are 404s, and a tenant
 * only ever sees its own organisation.
 */
@SandboxGatewayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = {
            "crosswalk.sandbox.keys[sandbox-demo-key].organisation=demo",
            "crosswalk.sandbox.keys[sandbox-demo-key].seed=1",
            "crosswalk.sandbox.keys[sandbox-demo-key].candidates=25",
            "crosswalk.sandbox.keys[records-other-key].organisation=other",
            "crosswalk.sandbox.keys[records-other-key].seed=2",
            "crosswalk.sandbox.keys[records-other-key].candidates=30"
        })
class CandidateRecordsAndPeopleIntegrationTests {

    static final String DEMO_KEY = "sandbox-demo-key";
    static final String OTHER_KEY = "records-other-key";

    @LocalServerPort
    int port;

    Http http;
    Sandbox sandbox;
    String demo;
    String other;
    List<JsonNode> demoCandidates;

    @BeforeAll
    void onboard() {
        http = new Http(port);
        sandbox = new Sandbox(port);
        demo = Tenants.create(http, "Records demo " + UUID.randomUUID(), DEMO_KEY)
                .token();
        other = Tenants.create(http, "Records other " + UUID.randomUUID(), OTHER_KEY)
                .token();
        demoCandidates = sandbox.all(DEMO_KEY, "candidate.list", Map.of());
    }

    // ---- users ----------------------------------------------------------------------------------

    @Test
    void usersTraversedSevenAtATimeAreExactlyTheActiveUsersOfTheOrganisation() {
        List<JsonNode> users = traverse(demo, "/unified/ats/users", 7);
        Set<String> active = ids(sandbox.all(DEMO_KEY, "user.list", Map.of()));

        assertThat(ids(users)).isEqualTo(active);
        assertThat(users).allSatisfy(user -> {
            assertThat(user.path("disabled").asBoolean()).isFalse();
            assertThat(user.path("name").asString())
                    .isEqualTo(user.path("first_name").asString() + " "
                            + user.path("last_name").asString());
            assertThat(user.path("emails").get(0).path("is_primary").asBoolean())
                    .isTrue();
            assertThat(user.path("access_role").asString()).isNotBlank();
            assertThat(user.has("remote_data")).isFalse();
        });
    }

    @Test
    void includeDisabledAddsTheDeactivatedUsers() {
        List<JsonNode> all = traverse(demo, "/unified/ats/users?include_disabled=true", 3);
        Set<String> everyone = ids(sandbox.all(DEMO_KEY, "user.list", Map.of("includeDeactivated", true)));
        Set<String> active = ids(traverse(demo, "/unified/ats/users?include_disabled=false", 100));

        assertThat(ids(all)).isEqualTo(everyone).containsAll(active).hasSizeGreaterThan(active.size());
        assertThat(all)
                .filteredOn(user -> !active.contains(user.path("id").asString()))
                .allSatisfy(
                        user -> assertThat(user.path("disabled").asBoolean()).isTrue());
    }

    @Test
    void aUserIsFoundByIdWithItsRemoteDataAndAnUnknownIdIsNotFound() {
        JsonNode ashbyUser = sandbox.all(DEMO_KEY, "user.list", Map.of()).get(1);
        String id = ashbyUser.path("id").asString();

        Http.Response found = http.get("/unified/ats/users/" + id + "?include_remote_data=true", demo);

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode user = found.json().path("result");
        assertThat(user.path("first_name").asString())
                .isEqualTo(ashbyUser.path("firstName").asString());
        assertThat(user.path("access_role").asString())
                .isEqualTo(ashbyUser.path("globalRole").asString());
        assertThat(user.path("remote_data")).isEqualTo(ashbyUser);
        assertNotFound(http.get("/unified/ats/users/" + UUID.randomUUID(), demo));
        assertNotFound(http.get("/unified/ats/users/not-a-user-id", demo));
    }

    // ---- tags -----------------------------------------------------------------------------------

    @Test
    void tagsLeaveOutArchivedOnesUnlessAskedFor() {
        List<JsonNode> current = traverse(demo, "/unified/ats/tags", 4);
        List<JsonNode> all = traverse(demo, "/unified/ats/tags?include_archived=true&include_remote_data=true", 4);

        assertThat(ids(current)).isEqualTo(ids(sandbox.all(DEMO_KEY, "candidateTag.list", Map.of())));
        assertThat(ids(all))
                .isEqualTo(ids(sandbox.all(DEMO_KEY, "candidateTag.list", Map.of("includeArchived", true))))
                .containsAll(ids(current))
                .hasSizeGreaterThan(current.size());
        assertThat(current)
                .allSatisfy(tag -> assertThat(tag.path("archived").asBoolean()).isFalse());
        assertThat(all)
                .filteredOn(tag -> tag.path("archived").asBoolean())
                .isNotEmpty()
                .allSatisfy(tag -> assertThat(
                                tag.path("remote_data").path("isArchived").asBoolean())
                        .isTrue());
        assertThat(all)
                .allSatisfy(tag -> assertThat(tag.path("name").asString())
                        .isEqualTo(tag.path("remote_data").path("title").asString()));
    }

    // ---- activities -----------------------------------------------------------------------------

    @Test
    void everyCandidatesNotesTraversedTwoAtATimeAreExactlyItsNotes() {
        int notes = 0;
        for (JsonNode candidate : demoCandidates) {
            String id = candidate.path("id").asString();
            List<JsonNode> expected = sandbox.all(DEMO_KEY, "candidate.listNotes", Map.of("candidateId", id));

            List<JsonNode> activities = traverse(demo, "/unified/ats/activities?candidate_id=" + id, 2);

            assertThat(ids(activities)).as("notes of %s", id).isEqualTo(ids(expected));
            Map<String, JsonNode> byId = byId(expected);
            assertThat(activities).allSatisfy(activity -> {
                JsonNode note = byId.get(activity.path("id").asString());
                assertThat(activity.path("candidate").path("id").asString()).isEqualTo(id);
                assertThat(activity.path("activity_type").asString()).isEqualTo("note");
                assertThat(activity.path("body").asString())
                        .isEqualTo(note.path("content").asString());
                assertThat(activity.path("visibility").asString())
                        .isEqualTo(note.path("isPrivate").asBoolean() ? "private" : "public");
                assertThat(activity.path("actor").path("type").asString()).isEqualTo("user");
                assertThat(activity.path("actor").path("id").asString())
                        .isEqualTo(note.path("author").path("id").asString());
                assertThat(activity.path("created_at").asString())
                        .isEqualTo(note.path("createdAt").asString());
            });
            notes += activities.size();
        }
        assertThat(notes).as("the sandbox has notes to list").isGreaterThan(demoCandidates.size() / 2);
    }

    @Test
    void activitiesNeedAKnownCandidate() {
        Http.Response missing = http.get("/unified/ats/activities", demo);
        Http.Response unknownParameter =
                http.get("/unified/ats/activities?candidate_id=" + UUID.randomUUID() + "&author_id=x", demo);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("code").asString()).isEqualTo("invalid_request");
        assertThat(missing.json().path("detail").asString()).contains("candidate_id");
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(unknownParameter.json().path("detail").asString()).contains("author_id");
        assertNotFound(http.get("/unified/ats/activities?candidate_id=" + UUID.randomUUID(), demo));
        assertNotFound(http.get("/unified/ats/activities?candidate_id=nope", demo));
    }

    @Test
    void aCursorOfOneCandidatesActivitiesIsRefusedForAnother() {
        String busy = null;
        for (JsonNode candidate : demoCandidates) {
            if (sandbox.all(
                                    DEMO_KEY,
                                    "candidate.listNotes",
                                    Map.of("candidateId", candidate.path("id").asString()))
                            .size()
                    > 1) {
                busy = candidate.path("id").asString();
                break;
            }
        }
        assertThat(busy).as("a candidate with two notes").isNotNull();
        String cursor = http.get("/unified/ats/activities?limit=1&candidate_id=" + busy, demo)
                .json()
                .path("next_cursor")
                .asString();
        String another =
                demoCandidates.get(demoCandidates.size() - 1).path("id").asString();

        Http.Response replayed = http.get(
                "/unified/ats/activities?limit=1&candidate_id=" + another + "&next_cursor=" + encode(cursor), demo);

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json().path("code").asString()).isEqualTo("invalid_cursor");
    }

    // ---- attachments ----------------------------------------------------------------------------

    @Test
    void everyCandidatesFilesTraversedOneAtATimeAreItsDistinctFiles() {
        int withSeveral = 0;
        for (JsonNode candidate : demoCandidates) {
            String id = candidate.path("id").asString();
            Map<String, JsonNode> files = new HashMap<>();
            candidate
                    .path("fileHandles")
                    .forEach(file -> files.put(file.path("id").asString(), file));
            JsonNode resume = candidate.path("resumeFileHandle");
            if (resume.isObject()) {
                files.put(resume.path("id").asString(), resume);
            }

            List<JsonNode> attachments =
                    traverse(demo, "/unified/ats/attachments?include_remote_data=true&candidate_id=" + id, 1);

            assertThat(ids(attachments)).as("files of %s", id).isEqualTo(files.keySet());
            assertThat(attachments).allSatisfy(attachment -> {
                JsonNode file = files.get(attachment.path("id").asString());
                assertThat(attachment.path("file_name").asString())
                        .isEqualTo(file.path("name").asString());
                assertThat(attachment.path("candidate").path("id").asString()).isEqualTo(id);
                assertThat(attachment.path("attachment_type").asString())
                        .isEqualTo(file.path("id").equals(resume.path("id")) ? "resume" : "other");
                assertThat(attachment.has("file_url"))
                        .as("listed records carry no link")
                        .isFalse();
                assertThat(attachment.path("remote_data")).isEqualTo(file);
            });
            withSeveral += attachments.size() > 1 ? 1 : 0;
        }
        assertThat(withSeveral)
                .as("some candidate has more than one file, so paging was exercised")
                .isPositive();
    }

    @Test
    void aDownloadAnswersTheAttachmentWithAShortLivedLink() {
        JsonNode candidate = demoCandidates.stream()
                .filter(each -> each.path("resumeFileHandle").isObject())
                .findFirst()
                .orElseThrow();
        String candidateId = candidate.path("id").asString();
        String fileId = candidate.path("resumeFileHandle").path("id").asString();
        String body = Http.json(Map.of("candidate", Map.of("id", candidateId)));

        Http.Response download = http.post("/unified/ats/attachments/" + fileId + "/download", demo, body);

        assertThat(download.status()).as(download.body()).isEqualTo(200);
        JsonNode attachment = download.json().path("result");
        assertThat(attachment.path("id").asString()).isEqualTo(fileId);
        assertThat(attachment.path("attachment_type").asString()).isEqualTo("resume");
        assertThat(attachment.path("file_url").asString())
                .startsWith("https://")
                .contains(fileId);
        assertNotFound(http.post("/unified/ats/attachments/" + UUID.randomUUID() + "/download", demo, body));
        assertNotFound(http.post(
                "/unified/ats/attachments/" + fileId + "/download",
                demo,
                Http.json(Map.of("candidate", Map.of("id", UUID.randomUUID().toString())))));
    }

    @Test
    void aDownloadWithoutItsCandidateIsABadRequest() {
        for (String body : new String[] {"{}", "{\"candidate\": {}}", "{\"candidate_id\": \"x\"}", "not json"}) {
            Http.Response response =
                    http.post("/unified/ats/attachments/" + UUID.randomUUID() + "/download", demo, body);

            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        Http.Response noBody = http.send(
                "POST", "/unified/ats/attachments/" + UUID.randomUUID() + "/download", demo, null, "application/json");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.json().path("detail").asString()).contains("candidate.id");
        Http.Response listWithoutCandidate = http.get("/unified/ats/attachments", demo);
        assertThat(listWithoutCandidate.status()).isEqualTo(400);
        assertThat(listWithoutCandidate.json().path("detail").asString()).contains("candidate_id");
        assertNotFound(http.get("/unified/ats/attachments?candidate_id=" + UUID.randomUUID(), demo));
    }

    // ---- tenancy --------------------------------------------------------------------------------

    @Test
    void aTenantSeesOnlyItsOwnOrganisation() {
        JsonNode candidate = demoCandidates.stream()
                .filter(each -> each.path("resumeFileHandle").isObject())
                .findFirst()
                .orElseThrow();
        String candidateId = candidate.path("id").asString();
        String demoUser =
                sandbox.all(DEMO_KEY, "user.list", Map.of()).get(0).path("id").asString();

        assertThat(ids(traverse(other, "/unified/ats/users", 37)))
                .isEqualTo(ids(sandbox.all(OTHER_KEY, "user.list", Map.of())))
                .doesNotContain(demoUser);
        assertThat(ids(traverse(other, "/unified/ats/tags?include_archived=true", 37)))
                .doesNotContainAnyElementsOf(ids(traverse(demo, "/unified/ats/tags?include_archived=true", 37)));
        assertNotFound(http.get("/unified/ats/users/" + demoUser, other));
        assertNotFound(http.get("/unified/ats/activities?candidate_id=" + candidateId, other));
        assertNotFound(http.get("/unified/ats/attachments?candidate_id=" + candidateId, other));
        assertNotFound(http.post(
                "/unified/ats/attachments/"
                        + candidate.path("resumeFileHandle").path("id").asString() + "/download",
                other,
                Http.json(Map.of("candidate", Map.of("id", candidateId)))));
        String demoCursor = http.get("/unified/ats/users?limit=1", demo)
                .json()
                .path("next_cursor")
                .asString();
        Http.Response stolen = http.get("/unified/ats/users?limit=1&next_cursor=" + encode(demoCursor), other);
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.json().path("code").asString()).isEqualTo("invalid_cursor");
    }

    @Test
    void badFlagsAndUnknownParametersAreRefusedByName() {
        Map<String, String> refused = Map.of(
                "/unified/ats/users?include_disabled=yes",
                "include_disabled",
                "/unified/ats/tags?include_archived=1",
                "include_archived",
                "/unified/ats/tags?name=x",
                "name",
                "/unified/ats/users?limit=101",
                "limit",
                "/unified/ats/users/" + UUID.randomUUID() + "?include_disabled=true",
                "include_disabled");
        refused.forEach((path, parameter) -> {
            Http.Response response = http.get(path, demo);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.json().path("detail").asString()).as(path).contains(parameter);
        });
        assertThat(http.get("/unified/ats/users", null).status()).isEqualTo(401);
    }

    // ---- OpenAPI --------------------------------------------------------------------------------

    @Test
    void theDocumentListsTheContractsErrorsOnEveryUnifiedOperation() {
        JsonNode document = http.get("/v3/api-docs", null).json();

        assertThat(document.path("components").path("schemas").path("Problem").path("required"))
                .isNotEmpty();
        List<String> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/unified/")) {
                path.getValue().properties().forEach(operation -> {
                    operations.add(operation.getKey() + " " + path.getKey());
                    JsonNode responses = operation.getValue().path("responses");
                    for (String status : List.of("400", "401", "403", "404", "409", "429", "502", "503", "504")) {
                        assertThat(responses
                                        .path(status)
                                        .path("content")
                                        .path("application/problem+json")
                                        .path("schema")
                                        .path("$ref")
                                        .asString())
                                .as("%s %s %s", operation.getKey(), path.getKey(), status)
                                .isEqualTo("#/components/schemas/Problem");
                    }
                });
            }
        });
        assertThat(operations)
                .contains(
                        "get /unified/ats/activities",
                        "get /unified/ats/attachments",
                        "post /unified/ats/attachments/{id}/download",
                        "get /unified/ats/users",
                        "get /unified/ats/users/{id}",
                        "get /unified/ats/tags");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private List<JsonNode> traverse(String token, String path, int limit) {
        return Listings.uniqueRecords(http, token, path, limit);
    }

    private static void assertNotFound(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.json().path("code").asString()).isEqualTo("not_found");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
