package dev.crosswalk.unified.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.sandbox.SandboxControl;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Sandbox;
import dev.crosswalk.support.SandboxGatewayTest;
import dev.crosswalk.support.SandboxRequestLog;
import dev.crosswalk.support.Tenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Incremental sync end to end against the sandbox, as a client keeping a mirror runs it: a full
 * pass with {@code sync=true}, 1% of the records changed in the ATS, then a delta with the pass's
 * {@code next_sync_token} that returns exactly the changed records, each once, for a small share of
 * the full pass's calls to the ATS.
 */
@SandboxGatewayTest
@TestPropertySource(
        properties = {
            "crosswalk.sandbox.keys[" + SyncIntegrationTests.KEY + "].organisation=sync",
            "crosswalk.sandbox.keys[" + SyncIntegrationTests.KEY + "].seed=21",
            "crosswalk.sandbox.keys[" + SyncIntegrationTests.KEY + "].candidates=1000"
        })
class SyncIntegrationTests {

    static final String KEY = "sandbox-sync-key";

    @LocalServerPort
    int port;

    @Autowired
    SandboxRequestLog sandboxLog;

    @Autowired
    SandboxControl sandbox;

    Http http;
    String token;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        sandbox.warmUp(KEY);
        token = Tenants.create(http, "Sync " + UUID.randomUUID(), KEY).token();
    }

    @Test
    void aDeltaReturnsExactlyTheChangedCandidatesEachOnceForAFractionOfTheCalls() {
        Pass full = pass("/unified/ats/candidates?sync=true", "candidate.list");
        assertThat(full.records()).hasSize(1000);
        assertThat(full.nextSyncToken()).isNotNull();

        Instant beforeChanges = Instant.now().minusMillis(1);
        Map<String, String> renamed = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(full.records().keySet());
        for (int i = 0; i < ids.size(); i += 100) {
            String name = "Renamed " + i;
            ashby("candidate.update", "{\"candidateId\": \"" + ids.get(i) + "\", \"name\": \"" + name + "\"}");
            renamed.put(ids.get(i), name);
        }
        Pass delta = pass("/unified/ats/candidates?sync_token=" + encode(full.nextSyncToken()), "candidate.list");

        assertThat(delta.records().keySet()).containsExactlyInAnyOrderElementsOf(renamed.keySet());
        assertThat(delta.served()).as("each changed record once").isEqualTo(renamed.size());
        renamed.forEach((id, name) ->
                assertThat(delta.records().get(id).path("name").asString()).isEqualTo(name));
        assertThat(delta.ashbyCalls()).isLessThanOrEqualTo(full.ashbyCalls() * 2 / 100 + 1);
        assertThat(delta.nextSyncToken()).isNotNull().isNotEqualTo(full.nextSyncToken());

        Pass updatedAfter = pass("/unified/ats/candidates?updated_after=" + beforeChanges, "candidate.list");
        assertThat(updatedAfter.records().keySet())
                .as("updated_after is filtered by the gateway over a full read")
                .containsExactlyInAnyOrderElementsOf(renamed.keySet());
        assertThat(updatedAfter.ashbyCalls()).isEqualTo(full.ashbyCalls());

        Pass nothingNew = pass("/unified/ats/candidates?sync_token=" + encode(delta.nextSyncToken()), "candidate.list");
        assertThat(nothingNew.records()).isEmpty();
        assertThat(nothingNew.nextSyncToken()).isNotNull();
    }

    @Test
    void aDeltaReturnsExactlyTheApplicationsThatMovedStage() {
        Pass full = pass("/unified/ats/applications?sync=true", "application.list");
        assertThat(full.records()).hasSizeGreaterThan(100);

        Map<String, String> moved = new HashMap<>();
        List<JsonNode> applications = new ArrayList<>(full.records().values());
        int wanted = Math.max(1, applications.size() / 100);
        for (JsonNode application : applications) {
            if (moved.size() == wanted) {
                break;
            }
            String stage = anotherActiveStage(application);
            if (stage != null) {
                ashby(
                        "application.changeStage",
                        "{\"applicationId\": \"" + application.path("id").asString() + "\", \"interviewStageId\": \""
                                + stage + "\"}");
                moved.put(application.path("id").asString(), stage);
            }
        }
        Pass delta = pass("/unified/ats/applications?sync_token=" + encode(full.nextSyncToken()), "application.list");

        assertThat(delta.records().keySet()).containsExactlyInAnyOrderElementsOf(moved.keySet());
        assertThat(delta.served()).isEqualTo(moved.size());
        moved.forEach((id, stage) -> assertThat(
                        delta.records().get(id).path("current_stage").path("id").asString())
                .isEqualTo(stage));
        assertThat(delta.ashbyCalls()).isLessThanOrEqualTo(full.ashbyCalls() * 2 / 100 + 1);
    }

    @Test
    void aCursorFromTheMiddleOfASyncPassKeepsWorkingUntilThePassEnds() {
        JsonNode first =
                http.get("/unified/ats/candidates?sync=true&limit=100", token).json();
        ashby(
                "candidate.update",
                "{\"candidateId\": \"" + first.path("result").get(0).path("id").asString()
                        + "\", \"name\": \"Changed mid-pass\"}");

        Pass rest = pass(
                "/unified/ats/candidates?sync=true",
                "candidate.list",
                first.path("next_cursor").asString());

        assertThat(rest.records()).hasSize(900);
        assertThat(rest.nextSyncToken()).isNotNull();
        Http.Response withoutSync = http.get(
                "/unified/ats/candidates?limit=100&next_cursor="
                        + encode(first.path("next_cursor").asString()),
                token);
        assertThat(withoutSync.status()).isEqualTo(400);
        assertThat(withoutSync.json().path("code").asString()).isEqualTo("invalid_cursor");
    }

    /** A listing read to its end as a client does; how many times the gateway called the ATS's list method. */
    private Pass pass(String path, String ashbyMethod) {
        return pass(path, ashbyMethod, null);
    }

    /** As above, from {@code cursor} on (null: from the start). */
    private Pass pass(String path, String ashbyMethod, String cursor) {
        sandboxLog.clear();
        Map<String, JsonNode> records = new LinkedHashMap<>();
        int served = 0;
        String nextSyncToken = null;
        do {
            String url = path + "&limit=100" + (cursor == null ? "" : "&next_cursor=" + encode(cursor));
            Http.Response response = http.get(url, token);
            assertThat(response.status()).as(url + " → " + response.body()).isEqualTo(200);
            JsonNode page = response.json();
            for (JsonNode record : page.path("result")) {
                records.put(record.path("id").asString(), record);
                served++;
            }
            cursor = page.path("next_cursor").isNull()
                    ? null
                    : page.path("next_cursor").asString();
            if (cursor != null) {
                assertThat(page.has("next_sync_token"))
                        .as("only the last page carries the token")
                        .isFalse();
            } else {
                nextSyncToken = page.path("next_sync_token").isMissingNode()
                        ? null
                        : page.path("next_sync_token").asString();
            }
        } while (cursor != null);
        long calls = sandboxLog.methods().stream().filter(ashbyMethod::equals).count();
        return new Pass(records, served, (int) calls, nextSyncToken);
    }

    private record Pass(Map<String, JsonNode> records, int served, int ashbyCalls, String nextSyncToken) {}

    private String anotherActiveStage(JsonNode application) {
        JsonNode info = ashby(
                        "application.info",
                        "{\"applicationId\": \"" + application.path("id").asString() + "\"}")
                .path("results");
        String plan = info.path("currentInterviewStage").path("interviewPlanId").asString();
        String current = info.path("currentInterviewStage").path("id").asString();
        for (JsonNode stage : ashby("interviewStage.list", "{\"interviewPlanId\": \"" + plan + "\"}")
                .path("results")) {
            if (!stage.path("id").asString().equals(current)
                    && !"Archived".equals(stage.path("type").asString())) {
                return stage.path("id").asString();
            }
        }
        return null;
    }

    /** A call to the sandbox as Ashby itself (not through the gateway): the ATS changing under the mirror. */
    private JsonNode ashby(String method, String body) {
        return new Sandbox(port).call(KEY, method, body).succeeded();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
