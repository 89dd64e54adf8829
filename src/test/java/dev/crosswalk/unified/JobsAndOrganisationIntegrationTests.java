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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * Jobs, job interview stages, job form fields, departments and offices end to end: a client of the
 * gateway against the built-in Ashby sandbox. Full traversals at awkward page sizes must return
 * exactly what the sandbox holds (asked directly, as Ashby), each filter must narrow the result,
 * unknown ids are 404s, and a tenant only ever sees its own organisation.
 */
@SandboxGatewayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = {
            "crosswalk.sandbox.keys[jobs-demo-key].organisation=jobs-demo",
            "crosswalk.sandbox.keys[jobs-demo-key].seed=1",
            "crosswalk.sandbox.keys[jobs-demo-key].candidates=600",
            "crosswalk.sandbox.keys[jobs-other-key].organisation=jobs-other",
            "crosswalk.sandbox.keys[jobs-other-key].seed=2",
            "crosswalk.sandbox.keys[jobs-other-key].candidates=30"
        })
class JobsAndOrganisationIntegrationTests {

    static final String DEMO_KEY = "jobs-demo-key";
    static final String OTHER_KEY = "jobs-other-key";
    static final List<String> EVERY_STATUS = List.of("Draft", "Open", "Closed", "Archived");

    @LocalServerPort
    int port;

    Http http;
    Sandbox sandbox;
    String demo;
    String other;
    List<JsonNode> demoJobs;

    @BeforeAll
    void onboard() {
        http = new Http(port);
        sandbox = new Sandbox(port);
        demo = Tenants.create(http, "Jobs demo " + UUID.randomUUID(), DEMO_KEY).token();
        other = Tenants.create(http, "Jobs other " + UUID.randomUUID(), OTHER_KEY)
                .token();
        demoJobs = sandbox.all(DEMO_KEY, "job.list", Map.of("status", EVERY_STATUS));
    }

    // ---- jobs -----------------------------------------------------------------------------------

    @Test
    void jobsTraversedSevenAtATimeAreEveryJobOfTheOrganisationDraftsIncluded() {
        List<JsonNode> jobs = traverse(demo, "/unified/ats/jobs", 7);

        assertThat(demoJobs).hasSizeGreaterThan(7 * 2);
        assertThat(ids(jobs)).isEqualTo(ids(demoJobs));
        assertThat(jobs)
                .extracting(job -> job.path("status").asString())
                .contains("draft", "open", "closed", "archived");
        Map<String, JsonNode> ashby = byId(demoJobs);
        assertThat(jobs).allSatisfy(job -> {
            JsonNode source = ashby.get(job.path("id").asString());
            assertThat(job.path("name").asString())
                    .isEqualTo(source.path("title").asString());
            assertThat(job.path("status").asString())
                    .isEqualTo(source.path("status").asString().toLowerCase());
            assertThat(job.path("employment_type").asString())
                    .isIn("full_time", "part_time", "intern", "contract", "temporary");
            assertThat(job.path("requisition_id").asString())
                    .isEqualTo(source.path("customRequisitionId").asString());
            assertThat(job.path("departments").get(0).path("id").asString())
                    .isEqualTo(source.path("departmentId").asString());
            assertThat(job.path("offices").get(0).path("id").asString())
                    .isEqualTo(source.path("locationId").asString());
            assertThat(job.path("offices").get(0).path("name").asString())
                    .as("the office's name comes with the job")
                    .isNotBlank();
            assertThat(job.path("hiring_managers")).hasSize(1);
            assertThat(job.path("recruiters")).hasSize(1);
            assertThat(job.path("created_at").asString())
                    .isEqualTo(source.path("createdAt").asString());
            assertThat(job.has("remote_data")).isFalse();
        });
    }

    @Test
    void eachStatusNarrowsTheJobsToThatStatus() {
        for (String status : EVERY_STATUS) {
            List<JsonNode> jobs = traverse(demo, "/unified/ats/jobs?status=" + status.toLowerCase(), 3);

            assertThat(ids(jobs))
                    .as(status)
                    .isEqualTo(ids(sandbox.all(DEMO_KEY, "job.list", Map.of("status", List.of(status)))));
            assertThat(jobs)
                    .as(status)
                    .isNotEmpty()
                    .allSatisfy(job -> assertThat(job.path("status").asString()).isEqualTo(status.toLowerCase()));
        }
        Http.Response unknown = http.get("/unified/ats/jobs?status=paused", demo);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("detail").asString())
                .contains("status")
                .contains("archived, closed, draft, open");
    }

    @Test
    void createdAfterNarrowsTheJobsToThoseCreatedLater() {
        List<Instant> created = demoJobs.stream()
                .map(job -> Instant.parse(job.path("createdAt").asString()))
                .sorted()
                .toList();
        Instant middle = created.get(created.size() / 2);

        List<JsonNode> jobs = traverse(demo, "/unified/ats/jobs?created_after=" + encode(middle.toString()), 7);

        Set<String> expected = new LinkedHashSet<>();
        demoJobs.stream()
                .filter(job -> Instant.parse(job.path("createdAt").asString()).isAfter(middle))
                .forEach(job -> expected.add(job.path("id").asString()));
        assertThat(ids(jobs)).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void aJobIsFetchedByIdWithItsRemoteDataAndUnknownIdsAreNotFound() {
        JsonNode source = demoJobs.get(0);

        Http.Response found =
                http.get("/unified/ats/jobs/" + source.path("id").asString() + "?include_remote_data=true", demo);

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode job = found.json().path("result");
        assertThat(job.path("id").asString()).isEqualTo(source.path("id").asString());
        assertThat(job.path("remote_data").path("id").asString())
                .isEqualTo(source.path("id").asString());
        assertThat(job.path("remote_data").path("location").path("id").asString())
                .isEqualTo(source.path("locationId").asString());
        assertNotFound(http.get("/unified/ats/jobs/" + UUID.randomUUID(), demo));
        assertNotFound(http.get("/unified/ats/jobs/not-an-id", demo));
    }

    @Test
    void listingsRefuseUnknownParametersAndCursorsOfOtherFilters() {
        Http.Response unknown = http.get("/unified/ats/jobs?colour=red", demo);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("detail").asString()).contains("colour");

        String cursor = http.get("/unified/ats/jobs?limit=1&status=open", demo)
                .json()
                .path("next_cursor")
                .asString();
        Http.Response replayed =
                http.get("/unified/ats/jobs?limit=1&status=closed&next_cursor=" + encode(cursor), demo);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json().path("code").asString()).isEqualTo("invalid_cursor");
    }

    // ---- job interview stages -------------------------------------------------------------------

    @Test
    void aJobsInterviewStagesTraversedThreeAtATimeAreItsPlansStagesInOrder() {
        JsonNode job = demoJobs.get(0);
        String jobId = job.path("id").asString();
        List<JsonNode> expected = new ArrayList<>();
        job.path("interviewPlanIds")
                .forEach(plan -> sandbox.call(
                                DEMO_KEY, "interviewStage.list", Map.of("interviewPlanId", plan.asString()))
                        .succeeded()
                        .path("results")
                        .forEach(expected::add));

        List<JsonNode> stages =
                traverse(demo, "/unified/ats/job_interview_stages?job_id=" + jobId + "&include_remote_data=true", 3);

        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(stages)
                .extracting(stage -> stage.path("id").asString())
                .containsExactlyElementsOf(expected.stream()
                        .map(stage -> stage.path("id").asString())
                        .toList());
        assertThat(stages).allSatisfy(stage -> {
            assertThat(stage.path("job").path("id").asString()).isEqualTo(jobId);
            assertThat(stage.path("interview_plan_id").asString())
                    .isEqualTo(job.path("interviewPlanIds").get(0).asString());
            assertThat(stage.path("remote_data").path("id").asString())
                    .isEqualTo(stage.path("id").asString());
        });
        assertThat(stages).extracting(stage -> stage.path("position").asInt()).isSorted();
        assertThat(stages)
                .extracting(stage -> stage.path("type").asString())
                .contains("Lead", "Active", "Offer", "Hired", "Archived");
    }

    @Test
    void interviewStagesNeedAKnownJobAndAreFetchedById() {
        Http.Response missing = http.get("/unified/ats/job_interview_stages", demo);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("detail").asString()).contains("job_id");
        assertNotFound(http.get("/unified/ats/job_interview_stages?job_id=" + UUID.randomUUID(), demo));
        assertNotFound(http.get("/unified/ats/job_interview_stages?job_id=nonsense", demo));

        JsonNode listed = http.get(
                        "/unified/ats/job_interview_stages?job_id="
                                + demoJobs.get(1).path("id").asString(),
                        demo)
                .json()
                .path("result")
                .get(2);
        Http.Response found = http.get(
                "/unified/ats/job_interview_stages/" + listed.path("id").asString(), demo);

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode stage = found.json().path("result");
        assertThat(stage.path("name").asString()).isEqualTo(listed.path("name").asString());
        assertThat(stage.path("position").asInt())
                .isEqualTo(listed.path("position").asInt());
        assertThat(stage.path("job").isNull())
                .as("a stage fetched alone does not know its job")
                .isTrue();
        assertNotFound(http.get("/unified/ats/job_interview_stages/" + UUID.randomUUID(), demo));
    }

    // ---- job form fields ------------------------------------------------------------------------

    @Test
    void aJobsFormFieldsTraversedSevenAtATimeAreEveryFieldOfEachOfItsPostings() {
        List<JsonNode> postings = sandbox.call(DEMO_KEY, "jobPosting.list", Map.of())
                .succeeded()
                .path("results")
                .valueStream()
                .toList();
        String jobId = postings.stream()
                .map(posting -> posting.path("jobId").asString())
                .filter(id -> postings.stream()
                                .filter(posting ->
                                        posting.path("jobId").asString().equals(id))
                                .count()
                        > 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the sandbox has no job with two postings"));
        List<String> expected = new ArrayList<>();
        postings.stream()
                .filter(posting -> posting.path("jobId").asString().equals(jobId))
                .forEach(posting -> {
                    JsonNode form = sandbox.call(
                                    DEMO_KEY,
                                    "jobPosting.info",
                                    Map.of("jobPostingId", posting.path("id").asString()))
                            .succeeded()
                            .path("results")
                            .path("applicationFormDefinition");
                    form.path("sections")
                            .forEach(section -> section.path("fields")
                                    .forEach(entry -> expected.add(posting.path("id")
                                                    .asString() + "/"
                                            + entry.path("field").path("id").asString())));
                });

        List<JsonNode> fields = traverseRecords(demo, "/unified/ats/job_form_fields?job_id=" + jobId, 7);

        assertThat(expected).hasSizeGreaterThan(14);
        assertThat(fields)
                .extracting(field -> field.path("job_posting").path("id").asString() + "/"
                        + field.path("id").asString())
                .containsExactlyElementsOf(expected);
        assertThat(fields).allSatisfy(field -> {
            assertThat(field.path("job").path("id").asString()).isEqualTo(jobId);
            assertThat(field.path("name").asString()).isNotBlank();
            assertThat(field.path("label").asString()).isNotBlank();
            assertThat(field.path("group_name").asString()).isNotBlank();
        });
        JsonNode heardFrom = fields.stream()
                .filter(field -> field.path("name").asString().equals("heard_from"))
                .findFirst()
                .orElseThrow();
        assertThat(heardFrom.path("type").asString()).isEqualTo("dropdown");
        assertThat(heardFrom.path("options")).hasSize(3);
        JsonNode email = fields.stream()
                .filter(field -> field.path("name").asString().equals("_systemfield_email"))
                .findFirst()
                .orElseThrow();
        assertThat(email.path("is_required").asBoolean()).isTrue();
        assertThat(email.path("type").asString())
                .as("an unmapped type passes through raw")
                .isEqualTo("Email");
    }

    @Test
    void formFieldsNeedAKnownJobAndAJobWithoutPostingsHasNone() {
        Http.Response missing = http.get("/unified/ats/job_form_fields", demo);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("detail").asString()).contains("job_id");
        assertNotFound(http.get("/unified/ats/job_form_fields?job_id=" + UUID.randomUUID(), demo));

        String draft = demoJobs.stream()
                .filter(job -> job.path("status").asString().equals("Draft"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
        JsonNode none =
                http.get("/unified/ats/job_form_fields?job_id=" + draft, demo).json();
        assertThat(none.path("result")).isEmpty();
        assertThat(none.path("next_cursor").isNull()).isTrue();
    }

    // ---- departments and offices ----------------------------------------------------------------

    @Test
    void departmentsTraversedFiveAtATimeLeaveArchivedOnesOutUnlessAsked() {
        List<JsonNode> current = traverse(demo, "/unified/ats/departments", 5);
        List<JsonNode> all = traverse(demo, "/unified/ats/departments?include_archived=true", 5);

        assertThat(ids(current)).isEqualTo(ids(sandbox.all(DEMO_KEY, "department.list", Map.of())));
        assertThat(ids(all))
                .isEqualTo(ids(sandbox.all(DEMO_KEY, "department.list", Map.of("includeArchived", true))))
                .containsAll(ids(current))
                .hasSizeGreaterThan(current.size());
        assertThat(current)
                .allSatisfy(department ->
                        assertThat(department.path("status").asString()).isEqualTo("active"));
        assertThat(all)
                .anySatisfy(department ->
                        assertThat(department.path("status").asString()).isEqualTo("inactive"));
        assertThat(all)
                .anySatisfy(department -> assertThat(ids(all))
                        .contains(department.path("parent").path("id").asString()));

        JsonNode first = all.get(0);
        Http.Response found =
                http.get("/unified/ats/departments/" + first.path("id").asString() + "?include_remote_data=true", demo);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("result").path("name").asString())
                .isEqualTo(first.path("name").asString());
        assertThat(found.json().path("result").path("remote_data").path("id").asString())
                .isEqualTo(first.path("id").asString());
        assertNotFound(http.get("/unified/ats/departments/" + UUID.randomUUID(), demo));
    }

    @Test
    void officesTraversedThreeAtATimeIncludeRegionsAndLeaveArchivedOnesOutUnlessAsked() {
        List<JsonNode> current = traverse(demo, "/unified/ats/offices", 3);
        List<JsonNode> all = traverse(demo, "/unified/ats/offices?include_archived=true", 3);

        assertThat(ids(current))
                .isEqualTo(ids(sandbox.all(DEMO_KEY, "location.list", Map.of("includeLocationHierarchy", true))));
        assertThat(ids(all))
                .isEqualTo(ids(sandbox.all(
                        DEMO_KEY, "location.list", Map.of("includeArchived", true, "includeLocationHierarchy", true))))
                .hasSizeGreaterThan(current.size());
        assertThat(current).allSatisfy(office -> {
            if (!office.path("parent").isNull()) {
                assertThat(ids(current))
                        .as("every parent is listed")
                        .contains(office.path("parent").path("id").asString());
            }
        });
        JsonNode sanFrancisco = current.stream()
                .filter(office -> office.path("name").asString().equals("San Francisco"))
                .findFirst()
                .orElseThrow();
        assertThat(sanFrancisco.path("location").asString())
                .isEqualTo("548 Market St, San Francisco, California 94105, United States");
        assertThat(sanFrancisco.path("address").path("postal_code").asString()).isEqualTo("94105");
        assertThat(sanFrancisco.path("is_remote").asBoolean()).isFalse();
        assertThat(current)
                .anySatisfy(office ->
                        assertThat(office.path("is_remote").asBoolean()).isTrue());

        Http.Response found =
                http.get("/unified/ats/offices/" + sanFrancisco.path("id").asString(), demo);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("result")).isEqualTo(sanFrancisco);
        assertNotFound(http.get("/unified/ats/offices/" + UUID.randomUUID(), demo));
        Http.Response badFlag = http.get("/unified/ats/offices?include_archived=maybe", demo);
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.json().path("detail").asString()).contains("include_archived");
    }

    // ---- tenancy --------------------------------------------------------------------------------

    @Test
    void aTenantSeesOnlyItsOwnOrganisation() {
        List<JsonNode> otherJobs = traverse(other, "/unified/ats/jobs", 37);

        assertThat(ids(otherJobs))
                .isEqualTo(ids(sandbox.all(OTHER_KEY, "job.list", Map.of("status", EVERY_STATUS))))
                .doesNotContainAnyElementsOf(ids(demoJobs));
        assertThat(ids(traverse(other, "/unified/ats/departments", 37)))
                .doesNotContainAnyElementsOf(ids(traverse(demo, "/unified/ats/departments", 37)));
        assertThat(ids(traverse(other, "/unified/ats/offices", 37)))
                .doesNotContainAnyElementsOf(ids(traverse(demo, "/unified/ats/offices", 37)));
        String demoJob = demoJobs.get(0).path("id").asString();
        assertNotFound(http.get("/unified/ats/jobs/" + demoJob, other));
        assertNotFound(http.get("/unified/ats/job_interview_stages?job_id=" + demoJob, other));
        assertNotFound(http.get("/unified/ats/job_form_fields?job_id=" + demoJob, other));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private List<JsonNode> traverse(String token, String path, int limit) {
        return Listings.uniqueRecords(http, token, path, limit);
    }

    private List<JsonNode> traverseRecords(String token, String path, int limit) {
        return Listings.records(http, token, path, limit);
    }

    private static void assertNotFound(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.json().path("code").asString()).isEqualTo("not_found");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
