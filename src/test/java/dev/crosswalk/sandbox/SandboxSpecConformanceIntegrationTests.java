package dev.crosswalk.sandbox;

import static dev.crosswalk.support.Sandbox.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.crosswalk.support.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds the sandbox to Ashby's published spec: every implemented method is called and its answer
 * validated against the method's response schema in {@code ashby-openapi.json} (JSON Schema
 * 2020-12, references resolved inside the document), and bodies the spec's request schema rejects
 * (a member of the wrong type, a required member missing) must get {@code invalid_input}.
 */
@SandboxIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxSpecConformanceIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "sandbox-spec-key";
    private static final String SPEC_URI = "https://ashby.example/ashby-openapi.json";
    private static final List<JsonNode> WRONG_VALUES = List.of(
            JsonNodeFactory.instance.numberNode(12345),
            JsonNodeFactory.instance.stringNode("not-a-valid-value"),
            JsonNodeFactory.instance.booleanNode(true),
            JsonNodeFactory.instance.arrayNode().add("x"),
            JsonNodeFactory.instance.objectNode().put("x", 1));

    @LocalServerPort
    int port;

    @Autowired
    SandboxDispatcher dispatcher;

    private Sandbox client;
    private JsonNode spec;
    private SchemaRegistry registry;
    private Map<String, ObjectNode> requests;

    @BeforeAll
    void loadSpecAndData() throws IOException {
        client = new Sandbox(port);
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SandboxRequestSchemas.SPEC)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        spec = repairKnownDefects(JSON.readTree(text));
        String specText = JSON.writeValueAsString(spec);
        // Formats (uuid, date-time) are asserted, not just annotations: Ashby rejects malformed ids.
        registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(SPEC_URI, specText))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        requests = validRequests();
    }

    /**
     * Two places where the spec contradicts itself, repaired the way its own text reads:
     * an interviewer's {@code trainingRole} is typed string-or-null and documented as null for
     * qualified interviewers, but its enum lacks null; candidate.update's {@code location} has
     * a {@code $ref} where its {@code properties} map should be (not even a valid schema).
     */
    private static JsonNode repairKnownDefects(JsonNode spec) {
        ObjectNode trainingRole = (ObjectNode) spec.at("/paths/~1interviewEvent.list/post/responses/200/content"
                + "/application~1json/schema/oneOf/0/allOf/1/properties/results/items/properties/interviewers/items"
                + "/allOf/1/properties/trainingRole");
        trainingRole.withArray("enum").addNull();
        ObjectNode updateLocation = (ObjectNode) spec.at(
                "/paths/~1candidate.update/post/requestBody/content" + "/application~1json/schema/properties/location");
        updateLocation.set(
                "properties",
                spec.at("/paths/~1candidate.create/post/requestBody/content"
                                + "/application~1json/schema/properties/location/properties")
                        .deepCopy());
        return spec;
    }

    @Test
    void everyImplementedMethodIsCheckedHere() {
        assertThat(requests.keySet()).containsExactlyInAnyOrderElementsOf(dispatcher.methodNames());
        assertThat(dispatcher.methodNames())
                .contains(
                        "candidate.list",
                        "candidate.info",
                        "candidate.search",
                        "candidate.create",
                        "candidate.update",
                        "candidate.addTag",
                        "candidate.listNotes",
                        "candidate.createNote",
                        "application.list",
                        "application.info",
                        "application.create",
                        "application.changeStage",
                        "job.list",
                        "job.info",
                        "interviewStage.list",
                        "interviewStage.info",
                        "interviewSchedule.list",
                        "offer.list",
                        "offer.info",
                        "applicationFeedback.list",
                        "feedbackFormDefinition.info",
                        "department.list",
                        "department.info",
                        "location.list",
                        "location.info",
                        "user.list",
                        "user.info",
                        "candidateTag.list",
                        "archiveReason.list",
                        "jobPosting.list",
                        "jobPosting.info",
                        "file.info",
                        "source.list",
                        "interviewPlan.list",
                        "apiKey.info");
    }

    @TestFactory
    Stream<DynamicTest> everyMethodAnswersWhatItsResponseSchemaDescribes() {
        return requests.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    Sandbox.Answer answer = client.call(KEY, entry.getKey(), entry.getValue());
                    assertThat(answer.status()).isEqualTo(200);
                    JsonNode body = answer.json();
                    assertThat(body.path("success").asBoolean())
                            .as(answer.raw().body())
                            .isTrue();
                    assertThat(violations(responseSchema(entry.getKey(), "/oneOf/0"), body))
                            .isEmpty();
                    JsonNode results = body.path("results");
                    assertThat(results.isArray() ? !results.isEmpty() : results.isObject())
                            .as("%s answers something to check", entry.getKey())
                            .isTrue();
                }));
    }

    @TestFactory
    Stream<DynamicTest> businessErrorsHaveTheSpecsErrorShape() {
        return Stream.of("candidate.info", "application.info", "job.info", "offer.info", "user.info")
                .map(method -> DynamicTest.dynamicTest(method, () -> {
                    ObjectNode request = requests.get(method).deepCopy();
                    request.properties().forEach(member -> {
                        if (member.getValue().isString()) {
                            member.setValue(
                                    JsonNodeFactory.instance.stringNode("00000000-0000-4000-8000-000000000000"));
                        }
                    });
                    Sandbox.Answer answer = client.call(KEY, method, request);
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.errorCode()).endsWith("_not_found");
                    assertThat(violations(responseSchema(method, "/oneOf/1"), answer.json()))
                            .isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> bodiesTheSpecRejectsAreInvalidInput() {
        List<DynamicTest> tests = new ArrayList<>();
        requests.forEach((method, valid) -> {
            Schema requestSchema = registry.getSchema(SchemaLocation.of(
                    SPEC_URI + "#/paths/~1" + method + "/post/requestBody/content/application~1json/schema"));
            RequestShape shape =
                    shape(spec.at("/paths/~1" + method + "/post/requestBody/content/application~1json/schema"));
            for (String property : shape.properties()) {
                for (JsonNode wrong : WRONG_VALUES) {
                    ObjectNode bad = valid.deepCopy();
                    bad.set(property, wrong);
                    if (specRejects(requestSchema, bad)) {
                        tests.add(expectInvalidInput(method + " with " + property + "=" + wrong, method, bad));
                        break;
                    }
                }
            }
            for (String required : shape.required()) {
                ObjectNode bad = valid.deepCopy();
                bad.remove(required);
                if (specRejects(requestSchema, bad)) {
                    tests.add(expectInvalidInput(method + " without " + required, method, bad));
                }
            }
        });
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    private static boolean specRejects(Schema requestSchema, JsonNode body) {
        return !requestSchema.validate(body).isEmpty();
    }

    private DynamicTest expectInvalidInput(String name, String method, ObjectNode body) {
        return DynamicTest.dynamicTest(name, () -> {
            Sandbox.Answer answer = client.call(KEY, method, body);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.errorCode()).as(answer.raw().body()).isEqualTo("invalid_input");
            assertThat(violations(responseSchema(method, "/oneOf/1"), answer.json()))
                    .isEmpty();
        });
    }

    private Schema responseSchema(String method, String branch) {
        return registry.getSchema(SchemaLocation.of(
                SPEC_URI + "#/paths/~1" + method + "/post/responses/200/content/application~1json/schema" + branch));
    }

    private static List<String> violations(Schema schema, JsonNode body) {
        return schema.validate(body).stream().map(Error::toString).toList();
    }

    /** Top-level member names and required members of a request schema, through $ref, allOf and oneOf. */
    private record RequestShape(Set<String> properties, Set<String> required) {}

    private RequestShape shape(JsonNode schema) {
        Set<String> properties = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        collect(schema, properties, required, true, 0);
        return new RequestShape(properties, required);
    }

    private void collect(
            JsonNode schema, Set<String> properties, Set<String> required, boolean countRequired, int depth) {
        if (depth > 10) {
            return;
        }
        if (schema.has("$ref")) {
            collect(
                    spec.at(schema.get("$ref").asString().substring(1)),
                    properties,
                    required,
                    countRequired,
                    depth + 1);
        }
        schema.path("allOf").forEach(part -> collect(part, properties, required, countRequired, depth + 1));
        // Members required by only one alternative are not required by the whole.
        schema.path("oneOf").forEach(part -> collect(part, properties, required, false, depth + 1));
        schema.path("properties").propertyNames().forEach(properties::add);
        if (countRequired) {
            schema.path("required").forEach(name -> required.add(name.asString()));
        }
    }

    // ---- a valid request for every method, with ids taken from the organisation ---------------------

    private Map<String, ObjectNode> validRequests() {
        Map<String, ObjectNode> all = new LinkedHashMap<>();
        JsonNode application = first("application.list", body("status", "Active"));
        JsonNode candidate = info(
                "candidate.info", body("id", application.at("/candidate/id").asString()));
        String candidateId = candidate.path("id").asString();
        String jobId = application.at("/job/id").asString();
        String planId = application.at("/currentInterviewStage/interviewPlanId").asString();
        String stageId = application.at("/currentInterviewStage/id").asString();
        String applicationId = application.path("id").asString();
        JsonNode stages = client.call(KEY, "interviewStage.list", body("interviewPlanId", planId))
                .results();
        JsonNode offer = first("offer.list", body());
        JsonNode feedback = first("applicationFeedback.list", body());
        JsonNode posting = client.call(KEY, "jobPosting.list", body()).results().get(0);
        JsonNode tag = first("candidateTag.list", body());
        JsonNode openJob = first("job.list", body("status", List.of("Open")));
        String fileHandle = firstFileHandle();

        all.put("apiKey.info", body());
        all.put("candidate.list", body("limit", 10));
        all.put("candidate.info", body("id", candidateId));
        all.put(
                "candidate.search",
                body("email", candidate.at("/primaryEmailAddress/value").asString()));
        all.put(
                "candidate.create",
                body(
                        "name",
                        "Spec Checker",
                        "email",
                        "spec.checker@example.com",
                        "phoneNumber",
                        "+14155550000",
                        "linkedInUrl",
                        "https://www.linkedin.com/in/spec-checker",
                        "location",
                        Map.of("city", "Berlin", "country", "Germany")));
        all.put(
                "candidate.update",
                body(
                        "candidateId",
                        candidateId,
                        "name",
                        candidate.path("name").asString(),
                        "websiteUrl",
                        "https://example.net"));
        all.put(
                "candidate.addTag",
                body("candidateId", candidateId, "tagId", tag.path("id").asString()));
        all.put("candidate.listNotes", body("candidateId", candidateId, "limit", 5));
        all.put(
                "candidate.createNote",
                body(
                        "candidateId",
                        candidateId,
                        "note",
                        Map.of("type", "text/html", "value", "<p>Strong <b>systems</b> background</p>")));
        all.put("application.list", body("limit", 20, "status", "Active"));
        all.put("application.info", body("applicationId", applicationId));
        JsonNode newcomer = info("candidate.create", body("name", "Application Newcomer"));
        all.put(
                "application.create",
                body(
                        "candidateId",
                        newcomer.path("id").asString(),
                        "jobId",
                        openJob.path("id").asString()));
        all.put("application.changeStage", body("applicationId", applicationId, "interviewStageId", stageId));
        all.put(
                "applicationFeedback.list",
                body("applicationId", feedback.path("applicationId").asString()));
        all.put(
                "feedbackFormDefinition.info",
                body(
                        "feedbackFormDefinitionId",
                        feedback.path("feedbackFormDefinitionId").asString()));
        all.put("job.list", body("limit", 10));
        all.put("job.info", body("id", jobId));
        all.put("jobPosting.list", body());
        all.put("jobPosting.info", body("jobPostingId", posting.path("id").asString()));
        all.put("interviewPlan.list", body());
        all.put("interviewStage.list", body("interviewPlanId", planId));
        all.put(
                "interviewStage.info",
                body("interviewStageId", stages.get(0).path("id").asString()));
        all.put("interviewSchedule.list", body("limit", 25));
        all.put("offer.list", body("limit", 25));
        all.put("offer.info", body("offerId", offer.path("id").asString()));
        all.put("department.list", body("includeArchived", true));
        all.put(
                "department.info",
                body("departmentId", first("department.list", body()).path("id").asString()));
        all.put("location.list", body("includeLocationHierarchy", true));
        all.put(
                "location.info",
                body("locationId", first("location.list", body()).path("id").asString()));
        all.put("user.list", body("includeDeactivated", true));
        all.put(
                "user.info",
                body("userId", first("user.list", body()).path("id").asString()));
        all.put("candidateTag.list", body("includeArchived", true));
        all.put("archiveReason.list", body("includeArchived", true));
        all.put("source.list", body());
        all.put("file.info", body("fileHandle", fileHandle));
        return all;
    }

    private JsonNode first(String method, ObjectNode request) {
        Sandbox.Answer answer = client.call(KEY, method, request);
        assertThat(answer.json().path("success").asBoolean())
                .as(method + ": " + answer.raw().body())
                .isTrue();
        return answer.results().get(0);
    }

    private JsonNode info(String method, ObjectNode request) {
        Sandbox.Answer answer = client.call(KEY, method, request);
        assertThat(answer.json().path("success").asBoolean())
                .as(method + ": " + answer.raw().body())
                .isTrue();
        return answer.results();
    }

    private String firstFileHandle() {
        for (JsonNode candidate : client.call(KEY, "candidate.list", body()).results()) {
            if (candidate.has("resumeFileHandle")) {
                return candidate.at("/resumeFileHandle/handle").asString();
            }
        }
        throw new AssertionError("No candidate with a resume");
    }
}
