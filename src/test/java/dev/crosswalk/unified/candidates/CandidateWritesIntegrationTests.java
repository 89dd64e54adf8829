package dev.crosswalk.unified.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.sandbox.SandboxControl;
import dev.crosswalk.support.Http;
import dev.crosswalk.support.Sandbox;
import dev.crosswalk.support.SandboxGatewayTest;
import dev.crosswalk.support.SandboxRequestLog;
import dev.crosswalk.support.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Candidate writes end to end against the built-in sandbox: what a client sends, what the ATS then holds. */
@SandboxGatewayTest
class CandidateWritesIntegrationTests {

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
        token = Tenants.create(http, "Writes " + UUID.randomUUID(), SandboxGatewayTest.KEY)
                .token();
        sandboxLog.clear();
    }

    @Test
    void aCreatedCandidateIsAnsweredAndReadableThroughTheUnifiedApi() {
        String email = unique("ada") + "@example.com";
        Http.Response created = post("/unified/ats/candidates", null, """
                {"name": "Ada Lovelace", "emails": [{"email": "%s"}, {"email": "ada.work@example.com", "is_primary": false}],
                 "phones": [{"number": "+14155550100"}],
                 "urls": [{"url": "https://www.linkedin.com/in/ada", "type": "linkedin"}, {"url": "https://ada.dev", "type": "website"}]}
                """.formatted(email));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonNode candidate = created.json().path("result");
        String id = candidate.path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/unified/ats/candidates/" + id);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        assertThat(candidate.path("first_name").asString()).isEqualTo("Ada");
        assertThat(candidate.path("emails").get(0).path("email").asString()).isEqualTo(email);
        assertThat(candidate.path("emails").get(0).path("is_primary").asBoolean())
                .isTrue();
        assertThat(candidate.path("emails").toString()).contains("ada.work@example.com");
        assertThat(candidate.path("phones").get(0).path("number").asString()).isEqualTo("+14155550100");
        assertThat(candidate.path("urls").toString()).contains("https://www.linkedin.com/in/ada", "https://ada.dev");
        assertThat(sandboxLog.methods()).containsExactly("candidate.create");

        Http.Response read = http.get("/unified/ats/candidates/" + id, token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("result").path("name").asString()).isEqualTo("Ada Lovelace");
        Http.Response listed = http.get("/unified/ats/candidates?email=" + email, token);
        assertThat(listed.json().path("result")).hasSize(1);
        assertThat(listed.json().path("result").get(0).path("id").asString()).isEqualTo(id);
    }

    @Test
    void anUpdateChangesTheCandidateAndATagIsAdded() {
        String id = createCandidate(unique("grace") + "@example.com", null);
        String tagId = http.get("/unified/ats/tags", token)
                .json()
                .path("result")
                .get(0)
                .path("id")
                .asString();

        Http.Response updated = send("PATCH", "/unified/ats/candidates/" + id, null, """
                {"name": "Grace B. Hopper", "emails": [{"email": "grace.new@example.com", "is_primary": true}, {"email": "g1@example.com"},
                 {"email": "g2@example.com"}], "urls": [{"url": "https://twitter.com/grace", "type": "twitter"}]}""");
        Http.Response tagged = post("/unified/ats/candidates/" + id + "/tags", null, "{\"tag_id\": \"" + tagId + "\"}");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("Location")).isNull();
        assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
        JsonNode candidate =
                http.get("/unified/ats/candidates/" + id, token).json().path("result");
        assertThat(candidate.path("name").asString()).isEqualTo("Grace B. Hopper");
        assertThat(candidate.path("emails").get(0).path("email").asString()).isEqualTo("grace.new@example.com");
        assertThat(candidate.path("emails").toString()).contains("g1@example.com", "g2@example.com");
        assertThat(candidate.path("urls").toString()).contains("\"type\":\"twitter\"");
        assertThat(candidate.path("tags").toString()).contains(tagId);
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheAnswerByteForByteAndAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String email = unique("replay") + "@example.com";
        String body = "{\"name\": \"Re Play\", \"emails\": [{\"email\": \"" + email + "\"}]}";
        Http.Response first = post("/unified/ats/candidates", key, body);
        // the same request, differently spaced and ordered, is the same request
        Http.Response again = post(
                "/unified/ats/candidates", key, "{ \"emails\":[{\"email\":\"" + email + "\"}],\"name\":\"Re Play\" }");
        Http.Response other = post("/unified/ats/candidates", key, "{\"name\": \"Someone Else\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("code").asString()).isEqualTo("idempotency_key_mismatch");
        assertThat(sandboxLog.methods()).containsExactly("candidate.create");
        assertThat(candidatesWithEmail(email)).isEqualTo(1);
    }

    @Test
    void twentyConcurrentIdenticalRequestsCreateOneCandidate() throws Exception {
        String key = UUID.randomUUID().toString();
        String email = unique("burst") + "@example.com";
        String body = "{\"name\": \"Burst Test\", \"emails\": [{\"email\": \"" + email + "\"}]}";
        List<Http.Response> responses = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Http.Response>> sent = IntStream.range(0, 20)
                    .mapToObj(i ->
                            CompletableFuture.supplyAsync(() -> post("/unified/ats/candidates", key, body), clients))
                    .toList();
            for (CompletableFuture<Http.Response> response : sent) {
                responses.add(response.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(responses).extracting(Http.Response::status).allMatch(status -> status == 201 || status == 409);
        assertThat(responses)
                .filteredOn(response -> response.status() == 409)
                .allSatisfy(response -> assertThat(response.json().path("code").asString())
                        .isEqualTo("idempotency_request_in_progress"));
        List<String> bodies = responses.stream()
                .filter(response -> response.status() == 201)
                .map(Http.Response::body)
                .distinct()
                .toList();
        assertThat(bodies).hasSize(1);
        assertThat(sandboxLog.methods()).containsExactly("candidate.create");
        assertThat(candidatesWithEmail(email)).isEqualTo(1);
        // once done, the key replays
        assertThat(post("/unified/ats/candidates", key, body).body()).isEqualTo(bodies.get(0));
    }

    @Test
    void aCreationThatTimedOutIsReconciledOnRetryInsteadOfCreatedTwice() {
        String slowToken = Tenants.create(http, "Slow " + UUID.randomUUID(), SandboxGatewayTest.SLOW_KEY)
                .token();
        String key = UUID.randomUUID().toString();
        String email = unique("slow") + "@example.com";
        String body = "{\"name\": \"Tim Out\", \"emails\": [{\"email\": \"" + email + "\"}]}";
        Http.Response timedOut = Sandbox.timingOut(
                sandbox,
                () -> http.send(
                        "POST",
                        "/unified/ats/candidates",
                        slowToken,
                        body,
                        "application/json",
                        "Idempotency-Key",
                        key));
        assertThat(timedOut.status()).isEqualTo(504);
        assertThat(timedOut.json().path("code").asString()).isEqualTo("upstream_timeout");

        Http.Response retried = http.send(
                "POST", "/unified/ats/candidates", slowToken, body, "application/json", "Idempotency-Key", key);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(sandboxLog.methods()).containsExactly("apiKey.info", "candidate.create", "candidate.search");
        JsonNode found = http.get("/unified/ats/candidates?email=" + email, slowToken)
                .json()
                .path("result");
        assertThat(found).hasSize(1);
        assertThat(retried.json().path("result").path("id").asString())
                .isEqualTo(found.get(0).path("id").asString());
        assertThat(retried.header("Location")).endsWith(found.get(0).path("id").asString());
    }

    @Test
    void everyMissingMalformedOrUnsupportedFieldIsNamedInOne400AndNothingReachesTheAts() {
        Http.Response invalid = post("/unified/ats/candidates", null, """
                {"emails": [{"email": "not-an-email"}, {"email": "b@example.com", "is_primary": true},
                            {"email": "c@example.com", "is_primary": true}],
                 "phones": [{"number": "1"}, {"number": "2"}], "urls": [{"url": "https://x.test/a", "type": "twitter"}, {"type": "github"}],
                 "company": "Analytical Engines Ltd", "title": "Countess", "source": {}}""");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().path("code").asString()).isEqualTo("invalid_request");
        assertThat(invalid.json().path("detail").asString())
                .contains(
                        "name:",
                        "emails[0].email:",
                        "emails: at most one address",
                        "phones:",
                        "urls: item 0: type 'twitter'",
                        "urls[1].url:",
                        "company:",
                        "title:",
                        "source.id:");

        Http.Response unknownField = post("/unified/ats/candidates", null, "{\"name\": \"A B\", \"nickname\": \"ab\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("detail").asString()).contains("nickname");

        Http.Response wrongType =
                post("/unified/ats/candidates", null, "{\"name\": \"A B\", \"emails\": \"a@example.com\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("detail").asString()).contains("emails");

        Http.Response notJson = post("/unified/ats/candidates", null, "{\"name\": ");
        assertThat(notJson.status()).isEqualTo(400);

        Http.Response emptyPatch = send("PATCH", "/unified/ats/candidates/" + UUID.randomUUID(), null, "{}");
        assertThat(emptyPatch.status()).isEqualTo(400);
        assertThat(emptyPatch.json().path("detail").asString()).contains("changes nothing");

        Http.Response noTag = post("/unified/ats/candidates/" + UUID.randomUUID() + "/tags", null, "{}");
        assertThat(noTag.status()).isEqualTo(400);
        assertThat(noTag.json().path("detail").asString()).contains("tag_id:");

        Http.Response badKey = post("/unified/ats/candidates", "has spaces in it", "{\"name\": \"A B\"}");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().path("detail").asString()).contains("Idempotency-Key");

        assertThat(sandboxLog.methods()).isEmpty();
    }

    @Test
    void theAtsRefusalsArriveInContractTerms() {
        Http.Response unknownCandidate =
                send("PATCH", "/unified/ats/candidates/" + UUID.randomUUID(), null, "{\"name\": \"X Y\"}");
        assertThat(unknownCandidate.status()).isEqualTo(404);
        assertThat(unknownCandidate.json().path("code").asString()).isEqualTo("not_found");

        Http.Response unknownSource = post(
                "/unified/ats/candidates",
                null,
                "{\"name\": \"X Y\", \"source\": {\"id\": \"" + UUID.randomUUID() + "\"}}");
        assertThat(unknownSource.status()).isEqualTo(404);
        assertThat(unknownSource.json().path("remote").path("code").asString()).isEqualTo("source_not_found");

        Http.Response badEmail =
                post("/unified/ats/candidates", null, "{\"name\": \"X Y\", \"emails\": [{\"email\": \"x@nodot\"}]}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().path("remote").path("code").asString()).isEqualTo("invalid_input");
        assertThat(badEmail.json().path("remote").path("message").asString()).isNotBlank();

        Http.Response malformedSource =
                post("/unified/ats/candidates", null, "{\"name\": \"X Y\", \"source\": {\"id\": \"abc\"}}");
        assertThat(malformedSource.status()).isEqualTo(400);
        assertThat(malformedSource.json().path("detail").asString()).contains("source.id");
        assertThat(sandboxLog.methods()).containsExactly("candidate.update", "candidate.create", "candidate.create");
    }

    private String createCandidate(String email, String key) {
        Http.Response created = post(
                "/unified/ats/candidates",
                key,
                "{\"name\": \"Grace Hopper\", \"emails\": [{\"email\": \"" + email + "\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("result").path("id").asString();
    }

    private int candidatesWithEmail(String email) {
        Http.Response found = http.post("/proxy/ashby/candidate.search", token, Http.json(Map.of("email", email)));
        return found.json().path("results").size();
    }

    private Http.Response post(String path, String idempotencyKey, String body) {
        return send("POST", path, idempotencyKey, body);
    }

    private Http.Response send(String method, String path, String idempotencyKey, String body) {
        return idempotencyKey == null
                ? http.send(method, path, token, body, "application/json")
                : http.send(method, path, token, body, "application/json", "Idempotency-Key", idempotencyKey);
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
