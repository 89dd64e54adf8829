package dev.crosswalk.sandbox;

import static dev.crosswalk.support.Sandbox.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.Sandbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Writes change what later reads see, and Ashby's rules for them hold. All on the demo organisation. */
@SandboxIntegrationTest
class SandboxWritesIntegrationTests {

    private static final String KEY = "sandbox-demo-key";

    @LocalServerPort
    int port;

    private Sandbox client;

    @BeforeEach
    void client() {
        client = new Sandbox(port);
    }

    @Test
    void aCreatedCandidateCanBeListedFoundAndRead() {
        JsonNode created = client.call(
                        KEY,
                        "candidate.create",
                        body(
                                "name",
                                "Nadia Newhire",
                                "email",
                                "nadia.newhire@example.org",
                                "githubUrl",
                                "https://github.com/nadia"))
                .results();
        String id = created.path("id").asString();
        assertThat(created.at("/primaryEmailAddress/value").asString()).isEqualTo("nadia.newhire@example.org");
        assertThat(created.path("socialLinks").get(0).path("type").asString()).isEqualTo("GitHub");

        assertThat(lastPage("candidate.list").path("results"))
                .anySatisfy(
                        candidate -> assertThat(candidate.path("id").asString()).isEqualTo(id));
        assertThat(client.call(KEY, "candidate.search", body("email", "NADIA.newhire@example.org"))
                        .results())
                .singleElement()
                .satisfies(c -> assertThat(c.path("id").asString()).isEqualTo(id));
        assertThat(client.call(KEY, "candidate.info", body("id", id))
                        .results()
                        .path("name")
                        .asString())
                .isEqualTo("Nadia Newhire");
        assertThat(client.call(KEY, "candidate.create", body("name", "Bad Email", "email", "nope"))
                        .errorCode())
                .isEqualTo("invalid_input");
    }

    @Test
    void movingToTheArchivedStageNeedsAReasonAndSetsTheArchiveFields() {
        JsonNode application = client.call(KEY, "application.list", body("status", "Active"))
                .results()
                .get(0);
        String id = application.path("id").asString();
        String planId = application.at("/currentInterviewStage/interviewPlanId").asString();
        JsonNode stages = client.call(KEY, "interviewStage.list", body("interviewPlanId", planId))
                .results();
        String archivedStage = stageOfType(stages, "Archived");
        String activeStage = stageOfType(stages, "Active");
        String reasonId = client.call(KEY, "archiveReason.list", body())
                .results()
                .get(0)
                .path("id")
                .asString();

        Sandbox.Answer refused = client.call(
                KEY, "application.changeStage", body("applicationId", id, "interviewStageId", archivedStage));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorCode()).isEqualTo("invalid_input");
        assertThat(client.call(
                                KEY,
                                "application.changeStage",
                                body(
                                        "applicationId",
                                        id,
                                        "interviewStageId",
                                        archivedStage,
                                        "archiveReasonId",
                                        "00000000-0000-4000-8000-000000000000"))
                        .errorCode())
                .isEqualTo("archive_reason_not_found");

        JsonNode archived = client.call(
                        KEY,
                        "application.changeStage",
                        body("applicationId", id, "interviewStageId", archivedStage, "archiveReasonId", reasonId))
                .results();
        assertThat(archived.path("status").asString()).isEqualTo("Archived");
        assertThat(archived.at("/currentInterviewStage/id").asString()).isEqualTo(archivedStage);
        assertThat(archived.at("/archiveReason/id").asString()).isEqualTo(reasonId);
        assertThat(archived.path("archivedAt").asString()).isNotBlank();
        assertThat(Instant.parse(archived.path("updatedAt").asString()))
                .isAfter(Instant.parse(application.path("updatedAt").asString()));

        JsonNode info =
                client.call(KEY, "application.info", body("applicationId", id)).results();
        JsonNode history = info.path("applicationHistory");
        assertThat(history.get(history.size() - 1).path("stageId").asString()).isEqualTo(archivedStage);
        assertThat(history.get(history.size() - 2).has("leftStageAt")).isTrue();
        assertThat(client.call(
                                KEY,
                                "application.list",
                                body(
                                        "status",
                                        "Archived",
                                        "jobId",
                                        application.at("/job/id").asString()))
                        .results())
                .anySatisfy(a -> assertThat(a.path("id").asString()).isEqualTo(id));

        JsonNode revived = client.call(
                        KEY, "application.changeStage", body("applicationId", id, "interviewStageId", activeStage))
                .results();
        assertThat(revived.path("status").asString()).isEqualTo("Active");
        assertThat(revived.has("archiveReason")).isFalse();
        assertThat(revived.has("archivedAt")).isFalse();
    }

    @Test
    void aStageOfAnotherPlanIsRefused() {
        JsonNode applications =
                client.call(KEY, "application.list", body("status", "Active")).results();
        JsonNode first = applications.get(0);
        JsonNode otherPlan = null;
        for (JsonNode candidate : applications) {
            if (!candidate
                    .at("/currentInterviewStage/interviewPlanId")
                    .equals(first.at("/currentInterviewStage/interviewPlanId"))) {
                otherPlan = candidate;
                break;
            }
        }
        assertThat(otherPlan).isNotNull();
        assertThat(client.call(
                                KEY,
                                "application.changeStage",
                                body(
                                        "applicationId",
                                        first.path("id").asString(),
                                        "interviewStageId",
                                        otherPlan
                                                .at("/currentInterviewStage/id")
                                                .asString()))
                        .errorCode())
                .isEqualTo("invalid_input");
    }

    @Test
    void aNewApplicationIsLinkedToItsCandidateAndJob() {
        String candidateId = client.call(KEY, "candidate.create", body("name", "Owen Applicant"))
                .results()
                .path("id")
                .asString();
        String jobId = client.call(KEY, "job.list", body("status", List.of("Open")))
                .results()
                .get(0)
                .path("id")
                .asString();
        JsonNode application = client.call(KEY, "application.create", body("candidateId", candidateId, "jobId", jobId))
                .results();
        assertThat(application.path("status").asString()).isEqualTo("Active");
        assertThat(application.at("/currentInterviewStage/title").asString()).isEqualTo("Application Review");
        String applicationId = application.path("id").asString();
        assertThat(client.call(KEY, "candidate.info", body("id", candidateId))
                        .results()
                        .path("applicationIds"))
                .singleElement()
                .satisfies(id -> assertThat(id.asString()).isEqualTo(applicationId));
        assertThat(client.call(KEY, "application.create", body("candidateId", candidateId, "jobId", jobId))
                        .errorCode())
                .isEqualTo("invalid_input");
        String draftJob = client.call(KEY, "job.list", body("status", List.of("Draft")))
                .results()
                .get(0)
                .path("id")
                .asString();
        assertThat(client.call(KEY, "application.create", body("candidateId", candidateId, "jobId", draftJob))
                        .errorCode())
                .isEqualTo("invalid_input");
    }

    @Test
    void tagsNotesAndUpdatesShowOnTheCandidate() {
        JsonNode candidate =
                client.call(KEY, "candidate.list", body("limit", 5)).results().get(4);
        String id = candidate.path("id").asString();
        String tagId = client.call(KEY, "candidateTag.list", body())
                .results()
                .get(1)
                .path("id")
                .asString();
        JsonNode tagged = client.call(KEY, "candidate.addTag", body("candidateId", id, "tagId", tagId))
                .results();
        assertThat(tagged.path("tags"))
                .anySatisfy(tag -> assertThat(tag.path("id").asString()).isEqualTo(tagId));

        JsonNode note = client.call(
                        KEY,
                        "candidate.createNote",
                        body(
                                "candidateId",
                                id,
                                "isPrivate",
                                true,
                                "note",
                                Map.of("type", "text/html", "value", "<div><b>Great</b> <script>x</script>call</div>")))
                .results();
        assertThat(note.path("content").asString()).isEqualTo("<b>Great</b> xcall");
        assertThat(note.path("isPrivate").asBoolean()).isTrue();
        assertThat(client.call(KEY, "candidate.listNotes", body("candidateId", id))
                        .results())
                .anySatisfy(n -> assertThat(n.path("id").asString())
                        .isEqualTo(note.path("id").asString()));

        JsonNode updated = client.call(
                        KEY,
                        "candidate.update",
                        body("candidateId", id, "name", "Renamed Person", "email", "renamed.person@example.org"))
                .results();
        assertThat(updated.at("/primaryEmailAddress/value").asString()).isEqualTo("renamed.person@example.org");
        assertThat(updated.path("emailAddresses"))
                .filteredOn(e -> e.path("isPrimary").asBoolean())
                .hasSize(1);
        assertThat(client.call(KEY, "candidate.search", body("email", "renamed.person@example.org"))
                        .results())
                .singleElement()
                .satisfies(c -> assertThat(c.path("id").asString()).isEqualTo(id));
        for (JsonNode applicationId : updated.path("applicationIds")) {
            assertThat(client.call(KEY, "application.info", body("applicationId", applicationId.asString()))
                            .results()
                            .at("/candidate/name")
                            .asString())
                    .isEqualTo("Renamed Person");
        }
    }

    @Test
    void concurrentWritesAreAllKept() throws Exception {
        String id = client.call(KEY, "candidate.list", body("limit", 7))
                .results()
                .get(6)
                .path("id")
                .asString();
        int before = client.call(KEY, "candidate.listNotes", body("candidateId", id))
                .results()
                .size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> writes = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                writes.add(() -> client.call(KEY, "candidate.createNote", body("candidateId", id, "note", "note " + n))
                        .results()
                        .path("id")
                        .asString());
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> write : pool.invokeAll(writes)) {
                ids.add(write.get());
            }
            assertThat(ids).doesNotHaveDuplicates().doesNotContain("");
        } finally {
            pool.shutdown();
        }
        List<String> listed = new ArrayList<>();
        JsonNode page = client.call(KEY, "candidate.listNotes", body("candidateId", id, "limit", 30))
                .json();
        while (true) {
            page.path("results").forEach(note -> listed.add(note.path("id").asString()));
            if (!page.path("moreDataAvailable").asBoolean()) {
                break;
            }
            page = client.call(
                            KEY,
                            "candidate.listNotes",
                            body(
                                    "candidateId",
                                    id,
                                    "limit",
                                    30,
                                    "cursor",
                                    page.path("nextCursor").asString()))
                    .json();
        }
        assertThat(listed).hasSize(before + 80).doesNotHaveDuplicates();
    }

    private static String stageOfType(JsonNode stages, String type) {
        for (JsonNode stage : stages) {
            if (stage.path("type").asString().equals(type)) {
                return stage.path("id").asString();
            }
        }
        throw new AssertionError("No " + type + " stage");
    }

    private JsonNode lastPage(String method) {
        JsonNode page = client.call(KEY, method, body()).json();
        while (page.path("moreDataAvailable").asBoolean()) {
            page = client.call(
                            KEY, method, body("cursor", page.path("nextCursor").asString()))
                    .json();
        }
        return page;
    }
}
