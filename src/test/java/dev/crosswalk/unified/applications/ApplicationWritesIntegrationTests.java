package dev.crosswalk.unified.applications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.sandbox.SandboxControl;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Sandbox;
import dev.crosswalk.support.SandboxGatewayTest;
import dev.crosswalk.support.SandboxRequestLog;
import dev.crosswalk.support.Tenants;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Application writes end to end against the built-in sandbox, checked through the unified application reads. */
@SandboxGatewayTest
class ApplicationWritesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SandboxRequestLog sandboxLog;

    @Autowired
    SandboxControl sandbox;

    Http http;
    String token;

    @BeforeEach
    void tenant() {
        http = new Http(port);
        token = Tenants.create(http, "Applications " + UUID.randomUUID(), SandboxGatewayTest.KEY)
                .token();
    }

    @Test
    void anApplicationIsCreatedMovedAndRejectedAsTheAtsWould() {
        String candidateId = newCandidate();
        JsonNode job = openJob();
        JsonNode stages = stagesOf(job.path("defaultInterviewPlanId").asString());
        JsonNode later = StreamSupport.stream(stages.spliterator(), false)
                .filter(stage -> stage.path("type").asString().equals("Active"))
                .reduce((a, b) -> b)
                .orElseThrow();
        String reasonId = http.get("/unified/ats/reject_reasons", token)
                .json()
                .path("result")
                .get(0)
                .path("id")
                .asString();

        Http.Response created = post(
                "/unified/ats/applications",
                UUID.randomUUID().toString(),
                "{\"candidate\": {\"id\": \"" + candidateId + "\"}, \"job\": {\"id\": \""
                        + job.path("id").asString() + "\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("result").path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/unified/ats/applications/" + id);
        assertThat(created.json().path("result").path("candidate").path("id").asString())
                .isEqualTo(candidateId);
        assertThat(read(id).path("job").path("id").asString())
                .isEqualTo(job.path("id").asString());
        assertThat(http.get("/unified/ats/applications?candidate_id=" + candidateId, token)
                        .json()
                        .path("result"))
                .hasSize(1);

        Http.Response moved = post(
                "/unified/ats/applications/" + id + "/move-stage",
                null,
                "{\"stage\": {\"id\": \"" + later.path("id").asString() + "\"}}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(read(id).path("current_stage").path("id").asString())
                .isEqualTo(later.path("id").asString());

        sandboxLog.clear();
        Http.Response rejected = post(
                "/unified/ats/applications/" + id + "/reject",
                null,
                "{\"reject_reason\": {\"id\": \"" + reasonId + "\"}}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(sandboxLog.methods())
                .containsExactly("application.info", "interviewStage.list", "application.changeStage");
        JsonNode archived = read(id);
        assertThat(archived.path("status").asString()).isEqualTo("archived");
        assertThat(archived.path("reject_reason").path("id").asString()).isEqualTo(reasonId);
        assertThat(archived.path("rejected_at").isNull()).isFalse();
        assertThat(rejected.json().path("result").path("status").asString()).isEqualTo("archived");
    }

    @Test
    void anApplicationWhoseCreationTimedOutIsNotCreatedTwiceOnRetry() {
        token = Tenants.create(http, "Slow applications " + UUID.randomUUID(), SandboxGatewayTest.SLOW_KEY)
                .token();
        String candidateId = newCandidate();
        String body = "{\"candidate\": {\"id\": \"" + candidateId + "\"}, \"job\": {\"id\": \""
                + openJob().path("id").asString() + "\"}}";
        String key = UUID.randomUUID().toString();
        Http.Response timedOut = Sandbox.timingOut(sandbox, () -> post("/unified/ats/applications", key, body));
        assertThat(timedOut.status()).isEqualTo(504);

        Http.Response retried = post("/unified/ats/applications", key, body);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        JsonNode applications = http.get("/unified/ats/applications?candidate_id=" + candidateId, token)
                .json()
                .path("result");
        assertThat(applications).hasSize(1);
        assertThat(retried.json().path("result").path("id").asString())
                .isEqualTo(applications.get(0).path("id").asString());
    }

    @Test
    void aRejectionWithoutAReasonOrAMoveWithoutAStageIsRefusedBeforeTheAtsIsCalled() {
        sandboxLog.clear();
        Http.Response noReason = post("/unified/ats/applications/" + UUID.randomUUID() + "/reject", null, "{}");
        Http.Response emptyReason =
                post("/unified/ats/applications/" + UUID.randomUUID() + "/reject", null, "{\"reject_reason\": {}}");
        Http.Response noStage =
                post("/unified/ats/applications/" + UUID.randomUUID() + "/move-stage", null, "{\"stage\": null}");
        Http.Response nothing = post("/unified/ats/applications", null, "{\"stage\": {\"id\": \"x\"}, \"extra\": 1}");
        Http.Response missing =
                post("/unified/ats/applications", null, "{\"source\": {\"id\": \"" + UUID.randomUUID() + "\"}}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("detail").asString()).contains("reject_reason:");
        assertThat(emptyReason.json().path("detail").asString()).contains("reject_reason.id:");
        assertThat(noStage.json().path("detail").asString()).contains("stage:");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().path("detail").asString()).contains("extra");
        assertThat(missing.json().path("detail").asString()).contains("candidate:", "job:");
        assertThat(sandboxLog.methods()).isEmpty();
    }

    @Test
    void unknownRecordsAreNotFound() {
        String candidateId = newCandidate();
        Http.Response unknownJob = post(
                "/unified/ats/applications",
                null,
                "{\"candidate\": {\"id\": \"" + candidateId + "\"}, \"job\": {\"id\": \"" + UUID.randomUUID() + "\"}}");
        Http.Response unknownApplication = post(
                "/unified/ats/applications/" + UUID.randomUUID() + "/move-stage",
                null,
                "{\"stage\": {\"id\": \"" + UUID.randomUUID() + "\"}}");
        Http.Response malformedId = post(
                "/unified/ats/applications/not-an-id/reject",
                null,
                "{\"reject_reason\": {\"id\": \"" + UUID.randomUUID() + "\"}}");

        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(unknownJob.json().path("remote").path("code").asString()).isEqualTo("job_not_found");
        assertThat(unknownApplication.status()).isEqualTo(404);
        assertThat(malformedId.status()).isEqualTo(404);
    }

    private JsonNode read(String applicationId) {
        Http.Response read = http.get("/unified/ats/applications/" + applicationId, token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json().path("result");
    }

    private String newCandidate() {
        Http.Response created = post("/unified/ats/candidates", null, "{\"name\": \"Appli Cant\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("result").path("id").asString();
    }

    private JsonNode openJob() {
        JsonNode jobs = http.post("/proxy/ashby/job.list", token, "{}").json().path("results");
        return StreamSupport.stream(jobs.spliterator(), false)
                .filter(job -> job.path("status").asString().equals("Open"))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode stagesOf(String planId) {
        return http.post("/proxy/ashby/interviewStage.list", token, Http.json(Map.of("interviewPlanId", planId)))
                .json()
                .path("results");
    }

    private Http.Response post(String path, String idempotencyKey, String body) {
        return idempotencyKey == null
                ? http.send("POST", path, token, body, "application/json")
                : http.send("POST", path, token, body, "application/json", "Idempotency-Key", idempotencyKey);
    }
}
