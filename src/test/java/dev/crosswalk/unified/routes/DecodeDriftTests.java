package dev.crosswalk.unified.routes;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.GatewayClient;
import dev.crosswalk.support.GatewaySliceTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ashby drifting from its spec never fails a page: every field of every record the unified routes
 * read, taken from the spec's example answer, is altered in turn — a date where a timestamp belongs,
 * text where a number does, a value no enum lists, null, an object or a list where a scalar belongs —
 * and each page still answers 200 with its record, its {@code remote_data} as Ashby sent it.
 */
@GatewaySliceTest
class DecodeDriftTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    @DynamicPropertySource
    static void ashby(DynamicPropertyRegistry properties) {
        properties.add("crosswalk.ashby.base-url", ashby::baseUrl);
        properties.add("crosswalk.ashby.retry.max-attempts", () -> "1");
    }

    static final String ID = "11111111-1111-4111-8111-111111111111";
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Unified route → the Ashby method behind it. */
    static final Map<String, String> ROUTES = routes();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    GatewayClient client;

    @BeforeEach
    void setUp() {
        client = new GatewayClient(port, UUID.randomUUID(), "ashby-key-drift");
    }

    @Test
    void everyFieldOfEveryRecordMayDriftWithoutFailingThePage() {
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, String> route : ROUTES.entrySet()) {
            JsonNode example = AshbySpec.load().wholeExampleResponse(route.getValue());
            for (String path : leaves(record(example), "")) {
                for (Map.Entry<String, Function<JsonNode, JsonNode>> drift : drifts().entrySet()) {
                    JsonNode answer = example.deepCopy();
                    JsonNode original = at(record(answer), path);
                    JsonNode drifted = drift.getValue().apply(original);
                    if (drifted == null) {
                        continue;
                    }
                    put(record(answer), path, drifted);
                    ashby.stubFor(post("/" + route.getValue()).willReturn(okJson(answer.toString())));
                    HttpResponse<String> response = client.get(route.getKey());
                    pages++;
                    if (response.statusCode() != 200) {
                        failures.add(route.getKey() + " with " + path + " as " + drift.getKey() + " → "
                                + response.statusCode() + " " + response.body());
                        continue;
                    }
                    JsonNode body = GatewayClient.json(response);
                    JsonNode unified =
                            body.has("result_count") ? body.path("result").path(0) : body.path("result");
                    if (!at(unified.path("remote_data"), path).equals(drifted)) {
                        failures.add(route.getKey() + ": remote_data lost " + path + " as " + drift.getKey());
                    }
                }
            }
        }
        assertThat(failures).as("of " + pages + " drifted pages").isEmpty();
        assertThat(pages).as("pages tried").isGreaterThan(500);
    }

    @Test
    void aDateWhereTheSpecSaysTimestampIsReadAsThatDayAndCounted() {
        ObjectNode answer = (ObjectNode) AshbySpec.load().wholeExampleResponse("offer.list");
        ((ObjectNode) record(answer).path("latestVersion")).put("startDate", "2025-09-01");
        ashby.stubFor(post("/offer.list").willReturn(okJson(answer.toString())));
        double before = drift("offer.list", "latestVersion.startDate");

        HttpResponse<String> response = client.get("/unified/ats/offers?include_remote_data=true");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode offer = GatewayClient.json(response).path("result").path(0);
        assertThat(offer.path("start_date").asString()).isEqualTo("2025-09-01");
        assertThat(offer.path("remote_data")
                        .path("latestVersion")
                        .path("startDate")
                        .asString())
                .isEqualTo("2025-09-01");
        assertThat(drift("offer.list", "latestVersion.startDate")).isEqualTo(before + 1);
    }

    private double drift(String method, String field) {
        var counter = meters.find("crosswalk.ashby.decode.drift")
                .tag("method", method)
                .tag("field", field)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** Each way a value may drift; null where it does not apply to the value. */
    private static Map<String, Function<JsonNode, JsonNode>> drifts() {
        Map<String, Function<JsonNode, JsonNode>> drifts = new LinkedHashMap<>();
        drifts.put(
                "a date",
                value -> value.isString() && value.asString().matches("\\d{4}-\\d\\d-\\d\\dT.*")
                        ? NODES.stringNode(value.asString().substring(0, 10))
                        : null);
        drifts.put("text", value -> value.isNumber() || value.isBoolean() ? NODES.stringNode("twelve") : null);
        drifts.put("an unknown enum value", value -> value.isString() ? NODES.stringNode("SomethingNew") : null);
        drifts.put("null", value -> value.isNull() ? null : NODES.nullNode());
        drifts.put(
                "an object",
                value -> NODES.objectNode().set("unexpected", NODES.objectNode().put("deeper", 1)));
        drifts.put(
                "a list",
                value -> value.isArray() ? null : NODES.arrayNode().add(value).add(value));
        return drifts;
    }

    /** The paths of every scalar in a record, e.g. {@code latestVersion.startDate} (lists by their first item). */
    private static List<String> leaves(JsonNode node, String prefix) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                leaves.addAll(leaves(node.get(name), prefix.isEmpty() ? name : prefix + "." + name));
            }
        } else if (node.isArray()) {
            if (!node.isEmpty()) {
                leaves.addAll(leaves(node.get(0), prefix + ".0"));
            }
        } else if (!prefix.isEmpty()) {
            leaves.add(prefix);
        }
        return leaves;
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode at = node;
        for (String step : path.split("\\.")) {
            at = step.matches("\\d+") ? at.path(Integer.parseInt(step)) : at.path(step);
        }
        return at;
    }

    private static void put(JsonNode node, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? node : at(node, path.substring(0, dot));
        String last = path.substring(dot + 1);
        if (parent.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** The first record of an answer (a list's first item, or the single result). */
    private static JsonNode record(JsonNode answer) {
        JsonNode results = answer.path("results");
        return results.isArray() ? results.path(0) : results;
    }

    private static Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/unified/ats/candidates?include_remote_data=true", "candidate.list");
        routes.put("/unified/ats/candidates/" + ID + "?include_remote_data=true", "candidate.info");
        routes.put("/unified/ats/applications?include_remote_data=true", "application.list");
        routes.put("/unified/ats/jobs?include_remote_data=true", "job.list");
        routes.put("/unified/ats/offers?include_remote_data=true", "offer.list");
        routes.put("/unified/ats/offers/" + ID + "?include_remote_data=true", "offer.info");
        routes.put("/unified/ats/interviews?include_remote_data=true", "interviewSchedule.list");
        routes.put("/unified/ats/departments?include_remote_data=true", "department.list");
        routes.put("/unified/ats/offices?include_remote_data=true", "location.list");
        routes.put("/unified/ats/users?include_remote_data=true", "user.list");
        routes.put("/unified/ats/tags?include_remote_data=true", "candidateTag.list");
        routes.put("/unified/ats/reject_reasons?include_remote_data=true", "archiveReason.list");
        routes.put("/unified/ats/job_postings?include_remote_data=true", "jobPosting.list");
        routes.put("/unified/ats/activities?include_remote_data=true&candidate_id=" + ID, "candidate.listNotes");
        routes.put("/unified/ats/scorecards?include_remote_data=true", "applicationFeedback.list");
        return routes;
    }
}
