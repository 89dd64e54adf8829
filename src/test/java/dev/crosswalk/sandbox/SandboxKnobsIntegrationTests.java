package dev.crosswalk.sandbox;

import static dev.crosswalk.support.Sandbox.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.support.Sandbox;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The misbehaviour knobs, switched at runtime through {@link SandboxControl} on a key of its own. */
@SandboxIntegrationTest
class SandboxKnobsIntegrationTests {

    private static final String KEY = "sandbox-chaos-key";

    @LocalServerPort
    int port;

    @Autowired
    SandboxControl control;

    private Sandbox client;

    @BeforeEach
    void client() {
        client = new Sandbox(port);
    }

    @AfterEach
    void calmDown() {
        control.setKnobs(KEY, SandboxKnobs.NONE);
    }

    @Test
    void overTheRateLimitAnswers429WithRetryAfter() {
        control.setKnobs(KEY, SandboxKnobs.NONE.withRequestsPerSecond(3));
        List<Sandbox.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(client.call(KEY, "source.list", body()));
        }
        Sandbox.Answer limited =
                answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
        assertThat(limited.raw().headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.errorCode()).isEqualTo("rate_limit_exceeded");
        assertThat(answers.get(0).status()).isEqualTo(200);
    }

    @Test
    void serverErrorsAre5xx() {
        control.setKnobs(KEY, SandboxKnobs.NONE.withServerErrorRate(1));
        Sandbox.Answer answer = client.call(KEY, "candidate.list", body());
        assertThat(answer.status()).isIn(500, 502, 503);
        control.setKnobs(KEY, SandboxKnobs.NONE);
        assertThat(client.call(KEY, "candidate.list", body()).status()).isEqualTo(200);
    }

    @Test
    void malformedBodiesAreNotJson() {
        control.setKnobs(KEY, SandboxKnobs.NONE.withMalformedRate(1));
        Sandbox.Answer answer = client.call(KEY, "candidate.list", body());
        assertThat(answer.status()).isEqualTo(200);
        assertThatThrownBy(answer::json).isInstanceOf(tools.jackson.core.JacksonException.class);
    }

    @Test
    void latencyDelaysTheAnswer() {
        control.setKnobs(KEY, SandboxKnobs.NONE.withLatency(Duration.ofMillis(400)));
        long started = System.nanoTime();
        Sandbox.Answer answer = client.call(KEY, "source.list", body());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void aHungRequestNeverAnswersBeforeTheClientGivesUp() {
        control.setKnobs(KEY, SandboxKnobs.NONE.withHangRate(1));
        assertThatThrownBy(() -> client.send(KEY, "candidate.list", body(), Duration.ofMillis(700)))
                .hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void expiredCursorsMustBeRestarted() {
        String cursor = client.call(KEY, "candidate.list", body("limit", 5))
                .json()
                .path("nextCursor")
                .asString();
        control.setKnobs(KEY, SandboxKnobs.NONE.withExpireCursors(true));
        Sandbox.Answer expired = client.call(KEY, "candidate.list", body("cursor", cursor));
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.errorCode()).isEqualTo("next_cursor_expired");
        assertThat(client.call(KEY, "candidate.list", body("limit", 5))
                        .json()
                        .path("success")
                        .asBoolean())
                .isTrue();
    }
}
