package dev.crosswalk.unified.activities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.sandbox.SandboxControl;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Sandbox;
import dev.crosswalk.support.SandboxGatewayTest;
import dev.crosswalk.support.SandboxRequestLog;
import dev.crosswalk.support.Tenants;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Notes end to end against the built-in sandbox, read back through the unified activities list. */
@SandboxGatewayTest
class ActivityWritesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SandboxRequestLog sandboxLog;

    @Autowired
    SandboxControl sandbox;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aNoteIsAddedToTheCandidateAndListedAsAnActivity() {
        String token = Tenants.create(http, "Notes " + UUID.randomUUID(), SandboxGatewayTest.KEY)
                .token();
        String candidateId = newCandidate(token);

        Http.Response created = http.send(
                "POST",
                "/unified/ats/activities",
                token,
                "{\"candidate\": {\"id\": \"" + candidateId
                        + "\"}, \"body\": \"Strong <b>systems</b> background\", \"visibility\": \"private\"}",
                "application/json");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode note = created.json().path("result");
        assertThat(note.path("activity_type").asString()).isEqualTo("note");
        assertThat(note.path("visibility").asString()).isEqualTo("private");
        assertThat(note.path("candidate").path("id").asString()).isEqualTo(candidateId);
        assertThat(created.header("Location"))
                .isEqualTo("/unified/ats/activities/" + note.path("id").asString());
        JsonNode listed = http.get("/unified/ats/activities?candidate_id=" + candidateId, token)
                .json()
                .path("result");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asString())
                .isEqualTo(note.path("id").asString());
        assertThat(listed.get(0).path("body").asString()).isEqualTo("Strong <b>systems</b> background");
    }

    @Test
    void aNoteWhoseCreationTimedOutIsNotAddedTwiceOnRetry() {
        String token = Tenants.create(http, "Slow notes " + UUID.randomUUID(), SandboxGatewayTest.SLOW_KEY)
                .token();
        String candidateId = newCandidate(token);
        String key = UUID.randomUUID().toString();
        String body = "{\"candidate\": {\"id\": \"" + candidateId + "\"}, \"body\": \"Called back, no answer\"}";
        Http.Response timedOut = Sandbox.timingOut(
                sandbox,
                () -> http.send(
                        "POST", "/unified/ats/activities", token, body, "application/json", "Idempotency-Key", key));
        assertThat(timedOut.status()).isEqualTo(504);

        Http.Response retried =
                http.send("POST", "/unified/ats/activities", token, body, "application/json", "Idempotency-Key", key);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        JsonNode listed = http.get("/unified/ats/activities?candidate_id=" + candidateId, token)
                .json()
                .path("result");
        assertThat(listed).hasSize(1);
        assertThat(retried.json().path("result").path("id").asString())
                .isEqualTo(listed.get(0).path("id").asString());
    }

    @Test
    void invalidNotesAreRefusedBeforeTheAtsIsCalled() {
        String token = Tenants.create(http, "Bad notes " + UUID.randomUUID(), SandboxGatewayTest.KEY)
                .token();
        sandboxLog.clear();

        Http.Response invalid = http.send(
                "POST",
                "/unified/ats/activities",
                token,
                "{\"candidate\": {\"id\": \"\"}, \"body\": \"  \", \"visibility\": \"everyone\"}",
                "application/json");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("detail").asString()).contains("candidate.id:", "body:", "visibility:");
        assertThat(sandboxLog.methods()).isEmpty();
    }

    private String newCandidate(String token) {
        Http.Response created =
                http.send("POST", "/unified/ats/candidates", token, "{\"name\": \"Noted Person\"}", "application/json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("result").path("id").asString();
    }
}
